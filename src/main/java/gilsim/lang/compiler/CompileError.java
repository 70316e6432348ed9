package gilsim.lang.compiler;

import gilsim.lang.ast.Span;

/**
 * A SyntaxError that CPython raises after parsing, in the symbol table or the compiler
 * ("'return' outside function", "no binding for nonlocal 'x' found", ...). Positions follow
 * {@link Span}: 1-based lines and columns, end exclusive.
 *
 * <p>Provisional: to be replaced by the lang package's syntax error type once it exists, so
 * that the kernel formats every syntax error alike. All compiler errors are created by
 * {@link #at}, the one place to change.
 */
public final class CompileError extends RuntimeException {
    private final Span span;

    private CompileError(String message, Span span) {
        super(message);
        this.span = span;
    }

    public static CompileError at(Span span, String message) {
        return new CompileError(message, span);
    }

    public Span span() {
        return span;
    }

    public int line() {
        return span.line();
    }

    public int column() {
        return span.col();
    }
}
