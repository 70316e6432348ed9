package gilsim.lang.compiler;

import gilsim.lang.PySyntaxError;

/**
 * Carries a {@link PySyntaxError} out of the code generator's visitors, whose interfaces cannot
 * throw checked exceptions; {@link Compiler} unwraps it.
 */
final class CompileFailure extends RuntimeException {
    final PySyntaxError error;

    CompileFailure(PySyntaxError error) {
        super(error.msg(), null, false, false);
        this.error = error;
    }
}
