package gilsim.vm;

import gilsim.vm.format.FloatParse;
import gilsim.vm.format.FormatError;
import gilsim.vm.format.IntFormat;

/** int(str, base) and float(str): gilsim.vm.format's parsers, errors as Python exceptions. */
final class IntParse {
    private IntParse() {}

    static PyInt parse(String text, int base) {
        try {
            return PyInt.of(IntFormat.parse(text, base));
        } catch (FormatError e) {
            throw Formatting.toPython(e);
        }
    }

    static double parseFloat(String text) {
        try {
            return FloatParse.parse(text);
        } catch (FormatError e) {
            throw Formatting.toPython(e);
        }
    }
}
