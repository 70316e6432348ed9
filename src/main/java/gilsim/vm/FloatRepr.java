package gilsim.vm;

import gilsim.vm.format.FloatFormat;

/** repr() of a float: gilsim.vm.format's port of CPython's shortest round-trip repr. */
final class FloatRepr {
    private FloatRepr() {}

    static String repr(double v) {
        return FloatFormat.repr(v);
    }
}
