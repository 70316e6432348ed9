# FACTS 1.3 and 1.11: a Thread keeps _target and _args until run() ends; the target is called
# from run() with *args, so inside it an argument has the args tuple's reference as well.
import sys
import threading
def work(data):
    print("inside the target", sys.getrefcount(data))    # 4: x, args tuple, parameter, temporary
    print("target function while running", sys.getrefcount(work))   # 5: work, _target, run()'s stack, frame, temporary
x = []
t = threading.Thread(target=work, args=(x,))
print("thread made", sys.getrefcount(x), sys.getrefcount(work))   # 3 3: the tuple; _target
t.start()
t.join()
print("after run()", sys.getrefcount(x), sys.getrefcount(work))   # 2 2: run() dropped both
args = (x, x)
def two(a, b):
    print("two arguments", sys.getrefcount(a))    # 6: x, args twice, a, b, temporary
t2 = threading.Thread(target=two, args=args)
print("shared args tuple", sys.getrefcount(args))  # 3: args, _args, temporary
t2.start()
t2.join()
print("after", sys.getrefcount(args), sys.getrefcount(x))   # 2 4
