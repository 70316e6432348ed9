package gilsim.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Names for dir() and for the kernel's completion and inspection. */
public final class Introspection {
    private Introspection() {}

    /** dir(obj): the attribute names of an object and its class chain, sorted. */
    public static List<String> attributeNames(Vm vm, PyObject obj) {
        TreeSet<String> names = new TreeSet<>();
        if (obj instanceof PyModule m) {
            addKeys(m.dict, names);
            return new ArrayList<>(names);
        }
        if (obj instanceof PyInstance inst && inst.dict != null) addKeys(inst.dict, names);
        if (obj instanceof PyFunction f && f.dict != null) addKeys(f.dict, names);
        PyType t = obj instanceof PyType pt ? pt : obj.type();
        for (PyType x : t.mro) addKeys(x.dict, names);
        names.add("__class__");
        if (obj instanceof PyType) names.addAll(List.of("__name__", "__qualname__", "__module__", "__mro__", "__bases__", "__base__", "__dict__", "__doc__"));
        if (obj instanceof PyFunction) names.addAll(List.of("__name__", "__qualname__", "__doc__", "__module__", "__defaults__", "__code__", "__closure__", "__globals__", "__dict__"));
        if (obj instanceof PyBaseException) names.addAll(List.of("args", "__traceback__", "__cause__", "__context__", "__suppress_context__"));
        if (obj instanceof PyThread) names.addAll(List.of("name", "ident", "daemon", "native_id"));
        if (obj instanceof PyRange || obj instanceof PySlice) names.addAll(List.of("start", "stop", "step"));
        if (obj instanceof PyInt) names.addAll(List.of("real", "imag", "numerator", "denominator"));
        if (obj instanceof PyFloat) names.addAll(List.of("real", "imag"));
        names.removeIf(n -> n.startsWith("__fromkeys"));
        return new ArrayList<>(names);
    }

    /** dir() with no argument: the names in the caller's scope. */
    static List<String> namesInScope(Vm vm) {
        PyFrame f = BuiltinFunctions.callerFrame(vm);
        TreeSet<String> names = new TreeSet<>();
        if (f.locals != null) {
            addKeys(f.locals, names);
        } else {
            for (int i = 0; i < f.fast.length; i++) if (f.fast[i] != null) names.add(f.code.localsplusNames[i].value);
        }
        return new ArrayList<>(names);
    }

    static void addKeys(PyDict d, java.util.Collection<String> names) {
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            if (d.keyAt(e) instanceof PyStr s) names.add(s.value);
        }
    }
}
