package gilsim.lang.ast;

/** Unary operators of {@link Expr.UnaryOp}, as CPython's ast.unaryop. */
public enum UnaryOperator {
    INVERT("~"), NOT("not"), UADD("+"), USUB("-");

    /** The operator as written; "bad operand type for unary -" messages quote it. */
    public final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }
}
