package gilsim.vm.format;

/**
 * {@code repr(x)} and {@code str(x)} of a Python float (equal since 3.2): the shortest digits
 * that read back as {@code x}, laid out as Python does: {@code 0.30000000000000004},
 * {@code 100.0}, {@code 1e+16}, {@code 2e+23}, {@code 1.5e-07}, {@code 1e-05}, {@code -0.0},
 * {@code inf}, {@code nan}.
 */
public final class FloatRepr {
    private FloatRepr() {}

    public static String repr(double x) {
        return FloatFormat.repr(x);
    }
}
