package gilsim.lang.compiler;

/**
 * Private name mangling ({@code _Py_Mangle}): inside {@code class C}, {@code __x} means
 * {@code _C__x}; dunder names and dotted module names are left alone.
 */
final class Mangler {
    private Mangler() {
    }

    static String mangle(String privateName, String ident) {
        if (privateName == null || ident.length() < 2 || !ident.startsWith("__")) {
            return ident;
        }
        if (ident.endsWith("__") || ident.indexOf('.') >= 0) {
            return ident;
        }
        int skip = 0;
        while (skip < privateName.length() && privateName.charAt(skip) == '_') {
            skip++;
        }
        if (skip == privateName.length()) {
            return ident;
        }
        return "_" + privateName.substring(skip) + ident;
    }
}
