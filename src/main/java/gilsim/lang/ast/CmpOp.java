package gilsim.lang.ast;

/** Comparison operators of {@link Expr.Compare}, as CPython's ast.cmpop. */
public enum CmpOp {
    EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="),
    IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

    /** The operator as written; "'<' not supported between instances" messages quote it. */
    public final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }
}
