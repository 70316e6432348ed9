package gilsim.sim;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.vm.HostSupport;
import gilsim.vm.PyCode;
import gilsim.vm.PyFunction;
import gilsim.vm.PyInt;
import gilsim.vm.PyModule;
import gilsim.vm.PyNone;
import gilsim.vm.PyObject;
import gilsim.vm.PyStr;
import gilsim.vm.PyTuple;
import gilsim.vm.PyType;
import gilsim.vm.Types;

/** Which objects the refcount models treat specially: immortal, deferred, static. */
final class ObjectKinds {
    private ObjectKinds() {}

    /**
     * PEP 683's immortal objects (FACTS.md §6): None, True, False, Ellipsis, NotImplemented, the
     * small ints −5..256, static types, the empty tuple; interned strings only where the preset makes
     * them immortal (free-threaded builds; default builds made them mortal again, gh-113993).
     */
    static boolean immortal(PyObject o, boolean internedStringsImmortal) {
        if (o instanceof PyNone) return true;
        if (o instanceof PyInt i) return !i.isBig() && i.value >= PyInt.SMALL_MIN && i.value <= PyInt.SMALL_MAX;
        if (o instanceof PyType t) return !t.heapType;
        if (o == PyTuple.EMPTY) return true;
        if (o instanceof PyStr s) return internedStringsImmortal && HostSupport.isInterned(s);
        return false;
    }

    /**
     * The objects free-threaded builds count in a deferred way (FACTS.md §7, PEP 703 "Deferred
     * Reference Counting"): top-level (not nested) functions, code objects, modules and classes.
     */
    static boolean deferred(PyObject o) {
        if (o instanceof PyFunction f) return (f.code.flags & CodeUnit.NESTED) == 0;
        if (o instanceof PyCode || o instanceof PyModule) return true;
        return o instanceof PyType t && t.heapType;
    }

    /**
     * Objects the VM shares JVM-wide (types, singletons, interned strings, built-in functions),
     * which it marks with a huge count ({@link Types#STATIC_REFCNT}), as the VM itself tests.
     */
    static boolean jvmStatic(PyObject o) {
        return o.refcnt >= Types.STATIC_REFCNT / 2;
    }
}
