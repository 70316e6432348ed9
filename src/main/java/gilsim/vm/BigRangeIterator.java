package gilsim.vm;

/** Iterator over a range whose bounds do not fit in a long (longrangeiter). */
final class BigRangeIterator extends PyIterator {
    private final PyRange range;
    private long index;

    BigRangeIterator(PyRange range) {
        this.range = range;
    }

    @Override
    public PyType type() { return Types.RANGE_ITERATOR; }

    @Override
    PyObject next(Vm vm) {
        if (index >= range.length()) return null;
        return range.item(index++);
    }

    @Override
    long remaining() { return range.length() - index; }
}
