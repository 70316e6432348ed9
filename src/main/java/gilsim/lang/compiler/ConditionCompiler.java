package gilsim.lang.compiler;

import gilsim.lang.ast.CmpOp;
import gilsim.lang.ast.Expr;
import gilsim.lang.bytecode.Comparison;
import gilsim.lang.bytecode.Opcode;
import java.util.List;

/**
 * Comparisons, and/or, and conditional jumps (compile.c's compiler_compare, compiler_boolop,
 * compiler_jump_if). In a condition nothing materialises a boolean for {@code not}, {@code and},
 * {@code or} or a chained comparison: each part jumps straight to where control goes next.
 */
final class ConditionCompiler {
    private final CodeGen c;

    ConditionCompiler(CodeGen c) {
        this.c = c;
    }

    /** compiler_boolop: JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP keep the deciding value. */
    void boolOp(Expr.BoolOp e) {
        Opcode jump = e.op() == gilsim.lang.ast.BoolOperator.AND
                ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        BasicBlock end = c.newBlock();
        List<Expr> values = e.values();
        for (int i = 0; i < values.size() - 1; i++) {
            c.visit(values.get(i));
            c.addJump(jump, end);
            c.useNextBlock(c.newBlock());
        }
        c.visit(values.get(values.size() - 1));
        c.useNextBlock(end);
    }

    /** compiler_compare: a chained comparison keeps the middle operand with SWAP and COPY. */
    void compare(Expr.Compare e) {
        c.visit(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            c.visit(e.comparators().get(0));
            compareOp(e.ops().get(0));
            return;
        }
        BasicBlock cleanup = c.newBlock();
        for (int i = 0; i < n; i++) {
            c.visit(e.comparators().get(i));
            c.addOp(Opcode.SWAP, 2);
            c.addOp(Opcode.COPY, 2);
            compareOp(e.ops().get(i));
            c.addJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        c.visit(e.comparators().get(n));
        compareOp(e.ops().get(n));
        BasicBlock end = c.newBlock();
        c.addJumpNoLine(Pseudo.JUMP, end);
        c.useNextBlock(cleanup);
        c.addOp(Opcode.SWAP, 2);
        c.addOp(Opcode.POP_TOP);
        c.useNextBlock(end);
    }

    void compareOp(CmpOp op) {
        switch (op) {
            case IS -> c.addOp(Opcode.IS_OP, 0);
            case IS_NOT -> c.addOp(Opcode.IS_OP, 1);
            case IN -> c.addOp(Opcode.CONTAINS_OP, 0);
            case NOT_IN -> c.addOp(Opcode.CONTAINS_OP, 1);
            default -> c.addOp(Opcode.COMPARE_OP, comparison(op).ordinal());
        }
    }

    private static Comparison comparison(CmpOp op) {
        return switch (op) {
            case EQ -> Comparison.EQ;
            case NOT_EQ -> Comparison.NE;
            case LT -> Comparison.LT;
            case LT_E -> Comparison.LE;
            case GT -> Comparison.GT;
            case GT_E -> Comparison.GE;
            default -> throw new IllegalArgumentException(op + " is not a rich comparison");
        };
    }

    /**
     * compiler_jump_if: evaluates {@code e} for its truth and jumps to {@code next} when it
     * equals {@code cond}, without materialising booleans for not/and/or, conditional
     * expressions and chained comparisons.
     */
    void jumpIf(Expr e, BasicBlock next, boolean cond) {
        if (e instanceof Expr.UnaryOp u && u.op() == gilsim.lang.ast.UnaryOperator.NOT) {
            jumpIf(u.operand(), next, !cond);
            return;
        }
        if (e instanceof Expr.BoolOp b) {
            List<Expr> s = b.values();
            int n = s.size() - 1;
            boolean cond2 = b.op() == gilsim.lang.ast.BoolOperator.OR;
            BasicBlock next2 = next;
            if (cond2 != cond) {
                next2 = c.newBlock();
            }
            for (int i = 0; i < n; i++) {
                jumpIf(s.get(i), next2, cond2);
            }
            jumpIf(s.get(n), next, cond);
            if (next2 != next) {
                c.useNextBlock(next2);
            }
            return;
        }
        if (e instanceof Expr.IfExp ie) {
            BasicBlock end = c.newBlock();
            BasicBlock next2 = c.newBlock();
            jumpIf(ie.test(), next2, false);
            jumpIf(ie.body(), next, cond);
            c.addJumpNoLine(Pseudo.JUMP, end);
            c.useNextBlock(next2);
            jumpIf(ie.orelse(), next, cond);
            c.useNextBlock(end);
            return;
        }
        if (e instanceof Expr.Compare) {
            // As CPython, the comparison's location stays current for the jump (and after it).
            c.setLoc(e.span());
        }
        if (e instanceof Expr.Compare cmp && cmp.ops().size() > 1) {
            int n = cmp.ops().size() - 1;
            BasicBlock cleanup = c.newBlock();
            c.visit(cmp.left());
            for (int i = 0; i < n; i++) {
                c.visit(cmp.comparators().get(i));
                c.addOp(Opcode.SWAP, 2);
                c.addOp(Opcode.COPY, 2);
                compareOp(cmp.ops().get(i));
                c.addJump(Opcode.POP_JUMP_IF_FALSE, cleanup);
            }
            c.visit(cmp.comparators().get(n));
            compareOp(cmp.ops().get(n));
            c.addJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
            BasicBlock end = c.newBlock();
            c.addJumpNoLine(Pseudo.JUMP, end);
            c.useNextBlock(cleanup);
            c.addOp(Opcode.POP_TOP);
            if (!cond) {
                c.addJumpNoLine(Pseudo.JUMP, next);
            }
            c.useNextBlock(end);
            return;
        }
        c.visit(e);
        c.addJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
    }
}
