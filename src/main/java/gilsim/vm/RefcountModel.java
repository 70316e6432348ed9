package gilsim.vm;

/**
 * How reference counts change: the one seam through which every {@code Py_INCREF} and
 * {@code Py_DECREF} of the VM passes ({@link Heap#incref}, {@link Heap#decref}). The default is
 * {@link PlainRefcounts}; the simulated machine installs models that keep a true count beside
 * the stored one, count atomics, lose updates under races, or bias counts to an owner thread.
 *
 * <p>The model, not the VM, decides whether a decrement frees the object: under a racy model
 * the count the decrementing thread computes decides, as in {@code Py_DECREF}
 * ({@code if (--op->ob_refcnt == 0) _Py_Dealloc(op)}), whatever the true count is.
 * Calls are made on the hot path and must not allocate.
 */
public interface RefcountModel {
    /** Py_INCREF. */
    void incref(PyObject o);

    /** Py_DECREF: returns true when this decrement frees the object. */
    boolean decrefToZero(PyObject o);

    /** What {@code sys.getrefcount} reports (the stored count, as CPython reads ob_refcnt). */
    default long refcount(PyObject o) { return o.refcnt; }
}
