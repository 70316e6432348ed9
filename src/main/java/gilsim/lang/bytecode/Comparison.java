package gilsim.lang.bytecode;

/** COMPARE_OP's argument, in CPython's order (Py_LT ... Py_GE). */
public enum Comparison {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"),
    GT(">", "__gt__"), GE(">=", "__ge__");

    public final String symbol;
    public final String dunder;
    private static final Comparison[] VALUES = values();

    Comparison(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operation Python tries on the right operand: a < b falls back to b > a. */
    public Comparison swapped() {
        return switch (this) {
            case LT -> GT; case LE -> GE; case EQ -> EQ; case NE -> NE; case GT -> LT; case GE -> LE;
        };
    }

    public static Comparison of(int ordinal) { return VALUES[ordinal]; }
}
