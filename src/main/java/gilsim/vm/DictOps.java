package gilsim.vm;

/** dict copy and update (PyDict_Copy, PyDict_Update / dict_merge). */
final class DictOps {
    private DictOps() {}

    static PyDict copy(Vm vm, PyDict d) {
        PyDict r = new PyDict();
        update(vm, r, d);
        return r;
    }

    static void update(Vm vm, PyDict target, PyDict source) {
        for (int e = source.nextEntry(0); e >= 0; e = source.nextEntry(e + 1)) {
            target.putWithHash(vm, source.keyAt(e), source.hashAt(e), source.valueAt(e));
        }
    }
}
