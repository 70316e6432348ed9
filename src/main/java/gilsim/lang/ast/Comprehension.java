package gilsim.lang.ast;

import java.util.List;

/**
 * One {@code for target in iter if cond...} clause of a comprehension or generator expression.
 * The first clause's {@code iter} is evaluated in the enclosing scope; everything else runs in
 * the comprehension's own function scope (CPython 3.11; see {@code gilsim.lang.SymbolTable}).
 */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs) {
}
