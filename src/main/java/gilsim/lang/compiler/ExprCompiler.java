package gilsim.lang.compiler;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Operator;
import gilsim.lang.bytecode.BinaryOperator;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.Comparison;
import gilsim.lang.bytecode.Opcode;
import java.util.List;

/**
 * Expressions (compile.c's compiler_visit_expr1): operators, conditional expressions, yield,
 * names, attributes, subscripts, slices, f-strings. Comparisons and and/or are in
 * {@link ConditionCompiler}, displays and calls in {@link CallCompiler}, functions, lambdas and
 * comprehensions in {@link ScopeCompiler}, unpacking targets in {@link AssignCompiler}.
 */
final class ExprCompiler implements Expr.Visitor<Void> {
    private final CodeGen c;

    ExprCompiler(CodeGen c) {
        this.c = c;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        c.conditions.boolOp(e);
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
        c.conditions.jumpIf(e.test(), next, false);
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
        c.conditions.compare(e);
        return null;
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

    /** update_start_location_to_match_attr (see {@link CodeGen#matchAttrLocation}). */
    void matchAttrLocation(Expr.Attribute e) {
        c.matchAttrLocation(e.span(), e.attr());
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
            case STORE -> c.assignments.unpackInto(elts);
            case LOAD -> c.calls.starUnpack(elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND,
                    Opcode.LIST_EXTEND, tuple);
            case DEL -> c.visitAll(elts);
        }
    }
}
