package gilsim.vm;

import gilsim.vm.format.FormatError;

/** Decimal text of ints, with CPython 3.11's limit of 4300 digits (sys.set_int_max_str_digits). */
final class IntFormat {
    static final int MAX_STR_DIGITS = gilsim.vm.format.IntFormat.DEFAULT_MAX_STR_DIGITS;

    private IntFormat() {}

    static String decimal(PyInt i) {
        if (i.big == null) return Long.toString(i.value);
        try {
            return gilsim.vm.format.IntFormat.toDecimal(i.big);
        } catch (FormatError e) {
            throw Formatting.toPython(e);
        }
    }
}
