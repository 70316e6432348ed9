package gilsim.sim;

import gilsim.vm.PyDict;
import gilsim.vm.PyObject;
import gilsim.vm.PyStr;
import gilsim.vm.Vm;

/** Describes an object as a report shows it: "list object at 0x7f3a00001030 ('shared')". */
final class ObjectNamer implements Namer {
    private final Vm vm;
    private final PyDict globals;

    ObjectNamer(Vm vm, PyDict globals) {
        this.vm = vm;
        this.globals = globals;
    }

    @Override
    public String describe(PyObject o) {
        String s = o.type().name + " object at 0x" + Long.toHexString(vm.id(o));
        String name = boundName(o);
        return name == null ? s : s + " ('" + name + "')";
    }

    /** A global name bound to the object, if any (the first in the namespace's order). */
    private String boundName(PyObject o) {
        for (int e = globals.nextEntry(0); e >= 0; e = globals.nextEntry(e + 1)) {
            if (globals.valueAt(e) == o && globals.keyAt(e) instanceof PyStr k) return k.value;
        }
        return null;
    }
}
