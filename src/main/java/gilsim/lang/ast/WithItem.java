package gilsim.lang.ast;

/** {@code contextExpr as optionalVars} in a with statement; {@code optionalVars} nullable. */
public record WithItem(Expr contextExpr, Expr optionalVars) {
}
