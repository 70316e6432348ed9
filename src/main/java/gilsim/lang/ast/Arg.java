package gilsim.lang.ast;

/** One parameter name of a def or lambda; {@code annotation} is nullable and has no effect. */
public record Arg(String name, Expr annotation, Span span) {
}
