package gilsim.lang.ast;

import java.util.List;

/**
 * Expressions of gilsim's Python subset. Node and field names follow CPython's {@code ast} module
 * so that a reader who knows {@code ast.dump} recognises them; the four displays are called
 * {@code ListExpr}, {@code TupleExpr}, {@code SetExpr} and {@code DictExpr} because {@code List}
 * and {@code Set} would shadow {@code java.util}.
 *
 * <p>Conventions: lists are never null (empty instead); a nullable field says so. Every node
 * carries its {@link Span}. Java 17 has no pattern switch, so consumers use {@link Visitor}
 * (which breaks the build when a node is added) or {@code instanceof} patterns.
 */
public sealed interface Expr {

    Span span();

    default int line() {
        return span().line();
    }

    default int col() {
        return span().col();
    }

    <R> R accept(Visitor<R> v);

    /** {@code a and b and c}: one node for a run of the same operator, as CPython. */
    record BoolOp(BoolOperator op, List<Expr> values, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBoolOp(this); }
    }

    record BinOp(Expr left, Operator op, Expr right, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinOp(this); }
    }

    record UnaryOp(UnaryOperator op, Expr operand, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnaryOp(this); }
    }

    record Lambda(Arguments args, Expr body, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLambda(this); }
    }

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIfExp(this); }
    }

    /**
     * {@code {k: v, **m}}: {@code keys} and {@code values} are parallel; a null key means
     * {@code **values[i]} is unpacked into the dict, as in CPython's ast.Dict.
     */
    record DictExpr(List<Expr> keys, List<Expr> values, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDictExpr(this); }
    }

    /** {@code {a, b, *c}} (never empty: {@code {}} is a dict). */
    record SetExpr(List<Expr> elts, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSetExpr(this); }
    }

    record ListComp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitListComp(this); }
    }

    record SetComp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSetComp(this); }
    }

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Span span)
            implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDictComp(this); }
    }

    record GeneratorExp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitGeneratorExp(this); }
    }

    /** {@code yield} or {@code yield value}; {@code value} is nullable. */
    record Yield(Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYield(this); }
    }

    /** {@code a < b <= c}: {@code ops} and {@code comparators} are parallel and non-empty. */
    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Span span)
            implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCompare(this); }
    }

    /**
     * {@code f(a, *b, k=c, **d)}: positional arguments in order, {@link Starred} for
     * {@code *b}; keywords in order, a {@link Keyword} with a null name for {@code **d}.
     */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    /**
     * One {@code {...}} field of an f-string. {@code conversion} is -1 (none) or the code point
     * of {@code 's'}, {@code 'r'} or {@code 'a'}, as in CPython. {@code formatSpec} is nullable,
     * else a {@link JoinedStr} (a spec can itself contain fields: {@code f"{x:{width}}"}).
     * {@code f"{x=}"} is expanded by the parser as CPython does: a {@link Constant} "x=" then
     * this node with conversion 'r' (unless a spec or conversion was given). As in CPython
     * 3.11, this node and the text pieces around it carry the span of the whole literal; the
     * expression inside carries its own, real position.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Span span)
            implements Expr {
        public static final int NO_CONVERSION = -1;

        public <R> R accept(Visitor<R> v) { return v.visitFormattedValue(this); }
    }

    /**
     * An f-string, after adjacent literals are concatenated: {@link Constant} str pieces and
     * {@link FormattedValue} fields, in order, adjacent text merged and empty text dropped. As in
     * CPython 3.11, any f-string among the literals makes a JoinedStr, even {@code f"abc"}
     * (values [Constant "abc"]) and {@code f""} (no values); plain literals alone make a
     * Constant. A format spec is a JoinedStr too ({@code f"{x:}"} has an empty one).
     */
    record JoinedStr(List<Expr> values, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitJoinedStr(this); }
    }

    /**
     * A literal. {@code value} is one of: {@link Long} for an int that fits in a long, else
     * {@link java.math.BigInteger} (never a BigInteger that fits a long); {@link Double};
     * {@link String}; {@link Boolean}; {@code null} for None; {@link Ellipsis#ELLIPSIS} for
     * {@code ...}.
     */
    record Constant(Object value, Span span) implements Expr {
        /** The value of the literal {@code ...}. */
        public enum Ellipsis { ELLIPSIS }

        public <R> R accept(Visitor<R> v) { return v.visitConstant(this); }
    }

    record Attribute(Expr value, String attr, ExprContext ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAttribute(this); }
    }

    /**
     * {@code value[slice]}: {@code slice} is a {@link Slice} for {@code a[1:2]}, a
     * {@link TupleExpr} for {@code a[1, 2:3]}, else the index expression.
     */
    record Subscript(Expr value, Expr slice, ExprContext ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSubscript(this); }
    }

    /** {@code *value} in a call, a display or an assignment target. */
    record Starred(Expr value, ExprContext ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitStarred(this); }
    }

    record Name(String id, ExprContext ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    record ListExpr(List<Expr> elts, ExprContext ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitListExpr(this); }
    }

    /** A tuple, with or without parentheses ({@code x, y = 1, 2} has two). */
    record TupleExpr(List<Expr> elts, ExprContext ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTupleExpr(this); }
    }

    /** {@code lower:upper:step} inside a subscript; each part is nullable. */
    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSlice(this); }
    }

    interface Visitor<R> {
        R visitBoolOp(BoolOp e);
        R visitBinOp(BinOp e);
        R visitUnaryOp(UnaryOp e);
        R visitLambda(Lambda e);
        R visitIfExp(IfExp e);
        R visitDictExpr(DictExpr e);
        R visitSetExpr(SetExpr e);
        R visitListComp(ListComp e);
        R visitSetComp(SetComp e);
        R visitDictComp(DictComp e);
        R visitGeneratorExp(GeneratorExp e);
        R visitYield(Yield e);
        R visitCompare(Compare e);
        R visitCall(Call e);
        R visitFormattedValue(FormattedValue e);
        R visitJoinedStr(JoinedStr e);
        R visitConstant(Constant e);
        R visitAttribute(Attribute e);
        R visitSubscript(Subscript e);
        R visitStarred(Starred e);
        R visitName(Name e);
        R visitListExpr(ListExpr e);
        R visitTupleExpr(TupleExpr e);
        R visitSlice(Slice e);
    }
}
