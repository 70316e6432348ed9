package gilsim.vm;

import gilsim.vm.format.FormatArg;
import java.math.BigInteger;
import java.util.List;

/**
 * A Python object as gilsim.vm.format's %-formatting sees it: ints, bools, floats and strs by
 * value; anything else through the VM (its str and repr may run {@code __str__}/{@code __repr__};
 * {@code %(key)s} looks it up with {@code __getitem__}). Items fetched from a mapping are kept in
 * {@code temporaries} until the formatting is done.
 */
final class PyFormatArg implements FormatArg {
    private final Vm vm;
    private final PyObject o;
    private final List<PyObject> temporaries;

    PyFormatArg(Vm vm, PyObject o, List<PyObject> temporaries) {
        this.vm = vm;
        this.o = o;
        this.temporaries = temporaries;
    }

    @Override
    public Kind kind() {
        if (o instanceof PyBool) return Kind.BOOL;
        if (o instanceof PyInt) return Kind.INT;
        if (o instanceof PyFloat) return Kind.FLOAT;
        if (o instanceof PyStr) return Kind.STR;
        if (o instanceof PyTuple) return Kind.TUPLE;
        return Kind.OTHER;
    }

    @Override
    public String typeName() { return o.type().name; }

    @Override
    public BigInteger intValue() { return ((PyInt) o).toBig(); }

    @Override
    public double floatValue() { return ((PyFloat) o).value; }

    @Override
    public String strValue() { return ((PyStr) o).value; }

    @Override
    public String str() { return Repr.str(vm, o); }

    @Override
    public String repr() { return Repr.repr(vm, o); }

    @Override
    public int tupleSize() { return ((PyTuple) o).items.length; }

    @Override
    public FormatArg tupleItem(int i) { return new PyFormatArg(vm, ((PyTuple) o).items[i], temporaries); }

    @Override
    public boolean isMapping() {
        if (o instanceof PyDict || o instanceof PyList || o instanceof PyTuple || o instanceof PyStr) return true;
        return o.type().heapType && Arith.method(o.type(), Names.GETITEM) != null;
    }

    @Override
    public FormatArg getItem(String key) {
        PyStr k = new PyStr(key);
        try {
            PyObject v = Items.getItem(vm, o, k);
            temporaries.add(v);
            return new PyFormatArg(vm, v, temporaries);
        } finally {
            vm.heap.decref(k);
        }
    }

    @Override
    public boolean isNumber() {
        PyType t = o.type();
        return t.heapType && (Arith.method(t, Names.INDEX) != null || Arith.method(t, Names.INT) != null
                || Arith.method(t, Names.FLOAT) != null);
    }

    @Override
    public BigInteger index() {
        return callInt(Names.INDEX);
    }

    @Override
    public BigInteger toInt() {
        BigInteger v = callInt(Names.INT);
        return v != null ? v : callInt(Names.INDEX);
    }

    @Override
    public Double toFloat() {
        if (!o.type().heapType) return null;
        PyObject m = Arith.method(o.type(), Names.FLOAT);
        if (m != null) {
            PyObject r = vm.callInline(m, new PyObject[] {o}, null, null);
            if (r instanceof PyFloat f) return f.value;
            throw Errors.type(o.type().name + ".__float__ returned non-float (type " + r.type().name + ")");
        }
        BigInteger i = index();
        return i == null ? null : i.doubleValue();
    }

    private BigInteger callInt(PyStr name) {
        if (!o.type().heapType) return null;
        PyObject m = Arith.method(o.type(), name);
        if (m == null) return null;
        PyObject r = vm.callInline(m, new PyObject[] {o}, null, null);
        if (r instanceof PyInt i) return i.toBig();
        throw Errors.type(name.value + " returned non-int (type " + r.type().name + ")");
    }
}
