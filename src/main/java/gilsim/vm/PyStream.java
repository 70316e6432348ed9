package gilsim.vm;

/** sys.stdout and sys.stderr: text streams onto the VM's output sink. */
public final class PyStream extends PyObject {
    final boolean err;

    PyStream(boolean err) {
        this.err = err;
    }

    @Override
    public PyType type() { return ModuleTypes.TEXT_IO; }

    void write(Vm vm, String s) {
        if (err) vm.out.stderr(s);
        else vm.out.stdout(s);
    }
}
