/**
 * The AST of gilsim's Python subset: {@link gilsim.lang.ast.Stmt} and
 * {@link gilsim.lang.ast.Expr}, sealed interfaces of records named after CPython's {@code ast}
 * classes, each with its {@link gilsim.lang.ast.Span}. Consumers switch on nodes with the
 * visitors or {@code instanceof} patterns (Java 17). Lists are never null; nullable fields say
 * so. Int constants are Long, or BigInteger when they do not fit a long.
 */
package gilsim.lang.ast;
