package gilsim.lang.ast;

/** Binary operators of {@link Expr.BinOp} and {@link Stmt.AugAssign}, as CPython's ast.operator. */
public enum Operator {
    ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

    /** The operator as written, e.g. "//"; TypeError messages quote it. */
    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}
