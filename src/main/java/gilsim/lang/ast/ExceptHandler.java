package gilsim.lang.ast;

import java.util.List;

/**
 * {@code except type as name: body}. {@code type} is null for a bare {@code except:}; {@code name}
 * is nullable. CPython deletes {@code name} when the handler ends.
 */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) {
}
