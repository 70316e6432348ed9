package gilsim.lang.compiler;

import java.util.Arrays;

/** The stack of active handlers while walking the CFG (compile.c's {@code ExceptStack}). */
final class ExceptStack {
    private BasicBlock[] handlers = new BasicBlock[8];
    private int depth;

    ExceptStack copy() {
        ExceptStack c = new ExceptStack();
        c.handlers = Arrays.copyOf(handlers, handlers.length);
        c.depth = depth;
        return c;
    }

    BasicBlock push(BasicBlock handler) {
        if (++depth == handlers.length) {
            handlers = Arrays.copyOf(handlers, handlers.length * 2);
        }
        handlers[depth] = handler;
        return handler;
    }

    BasicBlock pop() {
        if (depth == 0) {
            throw new IllegalStateException("POP_BLOCK without a matching SETUP");
        }
        return handlers[--depth];
    }

    BasicBlock top() {
        return handlers[depth];
    }
}
