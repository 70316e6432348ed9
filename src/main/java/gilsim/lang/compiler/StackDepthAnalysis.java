package gilsim.lang.compiler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * co_stacksize (compile.c's {@code stackdepth}): a walk over the CFG that gives each block the
 * stack depth at its start and keeps the maximum. Jumps and SETUP_* handlers propagate their
 * own depth to their targets; paths are assumed to agree where they meet, as CPython assumes.
 */
final class StackDepthAnalysis {
    private StackDepthAnalysis() {
    }

    static int maxDepth(BasicBlock entry, List<BasicBlock> blocks) {
        for (BasicBlock b : blocks) {
            b.startDepth = Integer.MIN_VALUE;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        int max = 0;
        push(stack, entry, 0);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (Instr i : b.instrs) {
                int newDepth = depth + StackEffect.of(i, false);
                max = Math.max(max, newDepth);
                if (newDepth < 0) {
                    throw new IllegalStateException("negative stack depth at " + i + " in " + b);
                }
                if (i.isJump() || i.isBlockPush()) {
                    int targetDepth = depth + StackEffect.of(i, true);
                    max = Math.max(max, targetDepth);
                    push(stack, i.target, targetDepth);
                }
                depth = newDepth;
                if (i.isUnconditionalJump() || i.isScopeExit()) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        return max;
    }

    private static void push(Deque<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startDepth != Integer.MIN_VALUE && b.startDepth != depth) {
            throw new IllegalStateException("inconsistent stack depth at " + b + ": " + b.startDepth + " vs " + depth);
        }
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }
}
