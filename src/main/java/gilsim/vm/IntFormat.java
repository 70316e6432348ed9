package gilsim.vm;

/** Decimal text of ints, with CPython 3.11's limit of 4300 digits (sys.set_int_max_str_digits). */
final class IntFormat {
    static final int MAX_STR_DIGITS = 4300;

    private IntFormat() {}

    static String decimal(PyInt i) {
        if (i.big == null) return Long.toString(i.value);
        if (i.big.bitLength() > 14_000) {
            String s = i.big.toString();
            int digits = s.length() - (s.charAt(0) == '-' ? 1 : 0);
            if (digits > MAX_STR_DIGITS) {
                throw Errors.value("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion;"
                        + " use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return i.big.toString();
    }
}
