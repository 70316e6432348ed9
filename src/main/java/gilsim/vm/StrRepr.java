package gilsim.vm;

import gilsim.vm.format.UnicodeTables;

/** repr() of a str and str.isprintable, from gilsim.vm.format (Unicode 14, as CPython 3.11). */
final class StrRepr {
    private StrRepr() {}

    static String repr(String s) {
        return gilsim.vm.format.StrRepr.repr(s);
    }

    static boolean isPrintable(int c) {
        return UnicodeTables.isPrintable(c);
    }
}
