package gilsim.lang.ast;

/** {@code name=value} in a call or class header; a null {@code arg} means {@code **value}. */
public record Keyword(String arg, Expr value, Span span) {
}
