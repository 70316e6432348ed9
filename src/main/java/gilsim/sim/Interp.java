package gilsim.sim;

import gilsim.vm.PyDict;
import gilsim.vm.Vm;

/**
 * One simulated interpreter: its VM (heap, builtins, modules), the namespace the cell's code runs
 * in, and its GIL. There is one, except under {@code %gil per-interpreter}, where each thread of
 * the cell gets its own (PEP 684).
 */
final class Interp {
    final int index;
    final Vm vm;
    final PyDict globals;
    GilModel gil;

    Interp(int index, Vm vm, PyDict globals) {
        this.index = index;
        this.vm = vm;
        this.globals = globals;
    }
}
