package gilsim.vm;

/**
 * Told when STORE_NAME or STORE_GLOBAL has bound a name in a namespace (the machine's
 * {@code %watch} of names bound during a run). Installed in {@link Vm#bindings} only while someone
 * listens, so the eval loop pays one null check per store otherwise.
 */
@FunctionalInterface
public interface BindingListener {
    /** {@code name} in {@code namespace} now refers to {@code value} (the stack still holds it too). */
    void bound(PyDict namespace, PyStr name, PyObject value);
}
