package gilsim.vm.format;

import java.math.BigInteger;

/**
 * A Python value as {@link PercentFormat} sees it, adapted by the VM. Ints, bools, floats and
 * strs carry their Java value and are formatted here; any other object supplies its
 * {@code str()}, {@code repr()} and type name, computed by the VM (which may run
 * {@code __str__}/{@code __repr__} code for it), and may take part in the number and mapping
 * protocols through the default methods.
 */
public interface FormatArg {
    /** What the formatter knows how to read. */
    enum Kind { INT, BOOL, FLOAT, STR, TUPLE, OTHER }

    Kind kind();

    /** {@code type(x).__name__}, for error messages. */
    String typeName();

    /** The value of an INT or BOOL (1 or 0). */
    default BigInteger intValue() {
        throw new UnsupportedOperationException(kind() + " has no int value");
    }

    /** The value of a FLOAT. */
    default double floatValue() {
        throw new UnsupportedOperationException(kind() + " has no float value");
    }

    /** The text of a STR. */
    default String strValue() {
        throw new UnsupportedOperationException(kind() + " has no str value");
    }

    /** {@code str(x)} for OTHER and TUPLE values (the formatter computes it for the other kinds). */
    default String str() {
        throw new UnsupportedOperationException("str() of " + typeName());
    }

    /** {@code repr(x)} for OTHER and TUPLE values. */
    default String repr() {
        throw new UnsupportedOperationException("repr() of " + typeName());
    }

    /** Number of items of a TUPLE. */
    default int tupleSize() {
        throw new UnsupportedOperationException(typeName() + " is not a tuple");
    }

    /** Item {@code i} of a TUPLE. */
    default FormatArg tupleItem(int i) {
        throw new UnsupportedOperationException(typeName() + " is not a tuple");
    }

    /**
     * PyMapping_Check: the type has {@code __getitem__} (dict, list, a class defining it...).
     * A mapping that is not a tuple or str may be formatted by key, {@code '%(name)s' % d}.
     */
    default boolean isMapping() {
        return false;
    }

    /** {@code x[key]} for a mapping; the VM throws its KeyError (or other error) itself. */
    default FormatArg getItem(String key) {
        throw new UnsupportedOperationException(typeName() + " is not subscriptable");
    }

    /** PyNumber_Check for OTHER values: the type defines {@code __index__}, {@code __int__} or {@code __float__}. */
    default boolean isNumber() {
        return false;
    }

    /** {@code x.__index__()} for OTHER values, or null if the type has none. */
    default BigInteger index() {
        return null;
    }

    /** {@code int(x)} (PyNumber_Long) for OTHER values, or null if not convertible. */
    default BigInteger toInt() {
        return null;
    }

    /** {@code float(x)} by {@code __float__} or {@code __index__} for OTHER values, or null. */
    default Double toFloat() {
        return null;
    }

    // ------------------------------------------------------------------ plain values

    static FormatArg of(long v) {
        return of(BigInteger.valueOf(v));
    }

    static FormatArg of(BigInteger v) {
        return new Plain(Kind.INT, "int", v, 0, null, null);
    }

    static FormatArg of(boolean v) {
        return new Plain(Kind.BOOL, "bool", v ? BigInteger.ONE : BigInteger.ZERO, 0, null, null);
    }

    static FormatArg of(double v) {
        return new Plain(Kind.FLOAT, "float", null, v, null, null);
    }

    static FormatArg of(String v) {
        return new Plain(Kind.STR, "str", null, 0, v, null);
    }

    /** A tuple of values; its str and repr are Python's tuple reprs of its items. */
    static FormatArg tuple(FormatArg... items) {
        return new Plain(Kind.TUPLE, "tuple", null, 0, null, items.clone());
    }

    /** The value classes above; OTHER values are the VM's own implementations. */
    record Plain(Kind kind, String typeName, BigInteger intValue, double floatValue, String strValue,
                 FormatArg[] items) implements FormatArg {
        @Override
        public int tupleSize() {
            return items.length;
        }

        @Override
        public FormatArg tupleItem(int i) {
            return items[i];
        }

        @Override
        public boolean isNumber() {
            return kind == Kind.INT || kind == Kind.BOOL || kind == Kind.FLOAT;
        }

        @Override
        public String str() {
            return kind == Kind.STR ? strValue : repr();
        }

        @Override
        public String repr() {
            switch (kind) {
                case INT: return IntFormat.toDecimal(intValue);
                case BOOL: return intValue.signum() != 0 ? "True" : "False";
                case FLOAT: return FloatRepr.repr(floatValue);
                case STR: return StrRepr.repr(strValue);
                default: {
                    StringBuilder sb = new StringBuilder("(");
                    for (int i = 0; i < items.length; i++) {
                        sb.append(i > 0 ? ", " : "").append(items[i].repr());
                    }
                    return sb.append(items.length == 1 ? ",)" : ")").toString();
                }
            }
        }
    }
}
