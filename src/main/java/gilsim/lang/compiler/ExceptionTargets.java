package gilsim.lang.compiler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * label_exception_targets: walks the CFG with a stack of active handlers (pushed by SETUP_*,
 * popped by POP_BLOCK) and records in each instruction the handler that covers it. Handlers
 * entered through SETUP_CLEANUP or SETUP_WITH also receive the raising instruction's offset
 * (lasti) so that RERAISE can restore it.
 */
final class ExceptionTargets {
    private ExceptionTargets() {
    }

    static void label(BasicBlock entry, List<BasicBlock> blocks) {
        for (BasicBlock b : blocks) {
            b.visited = false;
            b.exceptStack = null;
        }
        Deque<BasicBlock> todo = new ArrayDeque<>();
        entry.visited = true;
        entry.exceptStack = new ExceptStack();
        todo.push(entry);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            ExceptStack stack = b.exceptStack;
            b.exceptStack = null;
            BasicBlock handler = stack.top();
            for (int idx = 0; idx < b.instrs.size(); idx++) {
                Instr instr = b.instrs.get(idx);
                if (instr.isBlockPush()) {
                    if (!instr.target.visited) {
                        instr.target.exceptStack = stack.copy();
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                    if (instr.pseudo != Pseudo.SETUP_FINALLY) {
                        instr.target.preserveLasti = true;
                    }
                    handler = stack.push(instr.target);
                } else if (instr.is(Pseudo.POP_BLOCK)) {
                    handler = stack.pop();
                } else if (instr.isJump()) {
                    instr.except = handler;
                    if (!instr.target.visited) {
                        if (!b.noFallthrough) {
                            instr.target.exceptStack = stack.copy();
                        } else {
                            instr.target.exceptStack = stack;
                            stack = null;
                        }
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                } else {
                    instr.except = handler;
                }
            }
            if (!b.noFallthrough && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }
}
