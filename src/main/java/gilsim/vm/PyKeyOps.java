package gilsim.vm;

import gilsim.vm.table.KeyOps;

/**
 * Hash and equality of set and dict keys for {@code gilsim.vm.table}: Python's hash() and
 * {@code ==}, which may call a class's {@code __hash__}/{@code __eq__} (through the VM being
 * run, {@link Vm#current}; constants built before any run hash without it).
 */
final class PyKeyOps implements KeyOps<PyObject> {
    static final PyKeyOps INSTANCE = new PyKeyOps();

    private PyKeyOps() {}

    @Override
    public long hash(PyObject key) {
        return Hashing.hash(Vm.current, key);
    }

    @Override
    public boolean eq(PyObject stored, PyObject probe) {
        return Compare.eqHeld(Vm.current, stored, probe);
    }
}
