"""Print dis.stack_effect for opcode/argument pairs read from a file.

Usage: python3 stack_effects.py FILE   (FILE lines: "NAME ARG"; output lines:
"NAME ARG effect_not_jumping effect_jumping", "-" for an opcode this Python does not have)
"""
import dis
import sys

for line in open(sys.argv[1]).read().split("\n"):
    if not line.strip():
        continue
    name, arg = line.split()
    arg = int(arg)
    # gilsim's conditional jumps have no direction: POP_JUMP_IF_TRUE is 3.11's FORWARD one.
    op = dis.opmap.get(name, dis.opmap.get(name.replace("POP_JUMP_IF_", "POP_JUMP_FORWARD_IF_")))
    if op is None:
        print(name, arg, "-")
        continue
    arg_or_none = arg if op >= dis.HAVE_ARGUMENT else None
    print(name, arg, dis.stack_effect(op, arg_or_none, jump=False), dis.stack_effect(op, arg_or_none, jump=True))
