package gilsim.lang.ast;

/** {@code name as asname} in an import; {@code name} may be dotted, {@code asname} nullable. */
public record Alias(String name, String asname, Span span) {
}
