package gilsim.lang.compiler;

import gilsim.lang.ast.CmpOp;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Operator;
import gilsim.lang.ast.Stmt;
import gilsim.lang.bytecode.BinaryOperator;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.Comparison;
import gilsim.lang.bytecode.Opcode;
import java.util.List;

/**
 * Expressions (compile.c's compiler_visit_expr1 and helpers): operators, comparisons (chained
 * ones with SWAP/COPY and a cleanup block), and/or, conditional expressions and conditional
 * jumps, names, attributes, subscripts, slices, f-strings, augmented assignment and unpacking
 * targets. Displays and calls are in {@link CallCompiler}; functions, lambdas and
 * comprehensions in {@link ScopeCompiler}.
 */
final class ExprCompiler implements Expr.Visitor<Void> {
    private final CodeGen c;

    ExprCompiler(CodeGen c) {
        this.c = c;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
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
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        c.visit(e.left());
        c.visit(e.right());
        c.addOp(Opcode.BINARY_OP, binaryOperator(e.op(), false).ordinal());
        return null;
    }

    static BinaryOperator binaryOperator(Operator op, boolean inplace) {
        BinaryOperator plain = switch (op) {
            case ADD -> BinaryOperator.ADD;
            case SUB -> BinaryOperator.SUBTRACT;
            case MULT -> BinaryOperator.MULTIPLY;
            case MATMULT -> BinaryOperator.MATRIX_MULTIPLY;
            case DIV -> BinaryOperator.TRUE_DIVIDE;
            case MOD -> BinaryOperator.REMAINDER;
            case POW -> BinaryOperator.POWER;
            case LSHIFT -> BinaryOperator.LSHIFT;
            case RSHIFT -> BinaryOperator.RSHIFT;
            case BITOR -> BinaryOperator.OR;
            case BITXOR -> BinaryOperator.XOR;
            case BITAND -> BinaryOperator.AND;
            case FLOORDIV -> BinaryOperator.FLOOR_DIVIDE;
        };
        return inplace ? BinaryOperator.of(plain.ordinal() + BinaryOperator.INPLACE_ADD.ordinal()) : plain;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        c.visit(e.operand());
        c.addOp(switch (e.op()) {
            case INVERT -> Opcode.UNARY_INVERT;
            case NOT -> Opcode.UNARY_NOT;
            case UADD -> Opcode.UNARY_POSITIVE;
            case USUB -> Opcode.UNARY_NEGATIVE;
        });
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        c.scopes.lambda(e);
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        BasicBlock end = c.newBlock();
        BasicBlock next = c.newBlock();
        jumpIf(e.test(), next, false);
        c.visit(e.body());
        c.addJumpNoLine(Pseudo.JUMP, end);
        c.useNextBlock(next);
        c.visit(e.orelse());
        c.useNextBlock(end);
        return null;
    }

    @Override
    public Void visitDictExpr(Expr.DictExpr e) {
        c.calls.dict(e);
        return null;
    }

    @Override
    public Void visitSetExpr(Expr.SetExpr e) {
        c.calls.starUnpack(e.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        c.scopes.comprehension(e, "<listcomp>", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        c.scopes.comprehension(e, "<setcomp>", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        c.scopes.comprehension(e, "<dictcomp>", e.generators(), e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        c.scopes.comprehension(e, "<genexpr>", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        if (!c.isFunctionScope()) {
            throw c.error("'yield' outside function");
        }
        if (e.value() != null) {
            c.visit(e.value());
        } else {
            c.loadConst(CodeUnit.NONE);
        }
        yieldValue();
        return null;
    }

    /** YIELD_VALUE, then RESUME 1 where the generator continues (3.11's addop_yield). */
    void yieldValue() {
        c.addOp(Opcode.YIELD_VALUE);
        c.addOp(Opcode.RESUME, 1);
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        c.visit(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            c.visit(e.comparators().get(0));
            compareOp(e.ops().get(0));
            return null;
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
        return null;
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
        if (e instanceof Expr.Compare cmp && cmp.ops().size() > 1) {
            c.setLoc(e.span());
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

    @Override
    public Void visitCall(Expr.Call e) {
        c.calls.call(e);
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        c.visit(e.value());
        int arg = switch (e.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (e.formatSpec() != null) {
            c.visit(e.formatSpec());
            arg |= 0x04;
        }
        c.addOp(Opcode.FORMAT_VALUE, arg);
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        List<Expr> values = e.values();
        if (values.size() > CallCompiler.STACK_USE_GUIDELINE) {
            c.loadConst("");
            c.addName(Opcode.LOAD_METHOD, "join");
            c.addOp(Opcode.BUILD_LIST, 0);
            for (Expr v : values) {
                c.visit(v);
                c.addOp(Opcode.LIST_APPEND, 1);
            }
            c.addOp(Opcode.CALL, 1);
        } else {
            c.visitAll(values);
            if (values.size() != 1) {
                c.addOp(Opcode.BUILD_STRING, values.size());
            }
        }
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        c.loadConst(Constants.fromAst(e.value()));
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        c.visit(e.value());
        matchAttrLocation(e);
        switch (e.ctx()) {
            case LOAD -> c.addName(Opcode.LOAD_ATTR, e.attr());
            case STORE -> {
                if (e.attr().equals("__debug__")) {
                    throw c.error("cannot assign to __debug__");
                }
                c.addName(Opcode.STORE_ATTR, e.attr());
            }
            case DEL -> c.addName(Opcode.DELETE_ATTR, e.attr());
        }
        return null;
    }

    /**
     * update_start_location_to_match_attr: when {@code obj\n.attr} spans lines, the attribute
     * access belongs to the line of the attribute name.
     */
    void matchAttrLocation(Expr.Attribute e) {
        if (c.u.line != e.span().endLine()) {
            c.u.line = e.span().endLine();
        }
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        c.visit(e.value());
        c.visit(e.slice());
        c.addOp(switch (e.ctx()) {
            case LOAD -> Opcode.BINARY_SUBSCR;
            case STORE -> Opcode.STORE_SUBSCR;
            case DEL -> Opcode.DELETE_SUBSCR;
        });
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        if (e.ctx() == ExprContext.STORE) {
            throw c.error("starred assignment target must be in a list or tuple");
        }
        throw c.error("can't use starred expression here");
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        int n = 2;
        loadOrNone(e.lower());
        loadOrNone(e.upper());
        if (e.step() != null) {
            n++;
            c.visit(e.step());
        }
        c.addOp(Opcode.BUILD_SLICE, n);
        return null;
    }

    private void loadOrNone(Expr e) {
        if (e != null) {
            c.visit(e);
        } else {
            c.loadConst(CodeUnit.NONE);
        }
    }

    @Override
    public Void visitName(Expr.Name e) {
        c.nameOp(e.id(), e.ctx());
        return null;
    }

    @Override
    public Void visitListExpr(Expr.ListExpr e) {
        sequence(e.elts(), e.ctx(), false);
        return null;
    }

    @Override
    public Void visitTupleExpr(Expr.TupleExpr e) {
        sequence(e.elts(), e.ctx(), true);
        return null;
    }

    private void sequence(List<Expr> elts, ExprContext ctx, boolean tuple) {
        switch (ctx) {
            case STORE -> {
                unpack(elts);
                for (Expr elt : elts) {
                    c.visit(elt instanceof Expr.Starred s ? s.value() : elt);
                }
            }
            case LOAD -> c.calls.starUnpack(elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND,
                    Opcode.LIST_EXTEND, tuple);
            case DEL -> c.visitAll(elts);
        }
    }

    /** unpack_helper: UNPACK_SEQUENCE n, or UNPACK_EX before | after << 8 with a starred target. */
    private void unpack(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (seenStar) {
                    throw c.error("multiple starred expressions in assignment");
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking assignment");
                }
                c.addOp(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            c.addOp(Opcode.UNPACK_SEQUENCE, n);
        }
    }

    /** compiler_augassign: the target's container is evaluated once (COPY), then stored back. */
    void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        CodeGen.Location saved = c.saveLoc();
        c.setLoc(e.span());
        if (e instanceof Expr.Attribute a) {
            c.visit(a.value());
            c.addOp(Opcode.COPY, 1);
            matchAttrLocation(a);
            c.addName(Opcode.LOAD_ATTR, a.attr());
        } else if (e instanceof Expr.Subscript sub) {
            c.visit(sub.value());
            c.visit(sub.slice());
            c.addOp(Opcode.COPY, 2);
            c.addOp(Opcode.COPY, 2);
            c.addOp(Opcode.BINARY_SUBSCR);
        } else {
            c.nameOp(((Expr.Name) e).id(), ExprContext.LOAD);
        }
        c.restoreLoc(saved);
        c.visit(s.value());
        c.addOp(Opcode.BINARY_OP, binaryOperator(s.op(), true).ordinal());
        c.setLoc(e.span());
        if (e instanceof Expr.Attribute a) {
            matchAttrLocation(a);
            c.addOp(Opcode.SWAP, 2);
            c.addName(Opcode.STORE_ATTR, a.attr());
        } else if (e instanceof Expr.Subscript) {
            c.addOp(Opcode.SWAP, 3);
            c.addOp(Opcode.SWAP, 2);
            c.addOp(Opcode.STORE_SUBSCR);
        } else {
            c.nameOp(((Expr.Name) e).id(), ExprContext.STORE);
        }
    }

    /** check_ann_subscr: evaluates the parts of an annotated subscript target, discarding them. */
    void checkAnnSubscript(Expr slice) {
        if (slice instanceof Expr.Slice s) {
            for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                if (part != null) {
                    c.visit(part);
                    c.addOp(Opcode.POP_TOP);
                }
            }
        } else if (slice instanceof Expr.TupleExpr t) {
            t.elts().forEach(this::checkAnnSubscript);
        } else {
            c.visit(slice);
            c.addOp(Opcode.POP_TOP);
        }
    }
}
