package gilsim.vm;

/**
 * CPython 3.11 with its GIL: plain increments and decrements of {@code ob_refcnt}. A count
 * below zero cannot happen in this model; if it does, the VM has a bug (cf.
 * {@code _Py_NegativeRefcount} under Py_REF_DEBUG).
 */
public final class PlainRefcounts implements RefcountModel {
    @Override
    public void incref(PyObject o) {
        o.refcnt++;
    }

    @Override
    public boolean decrefToZero(PyObject o) {
        long c = --o.refcnt;
        if (c <= 0) {
            if (c < 0) {
                throw new IllegalStateException("negative reference count " + c + " on a "
                        + o.type().name + " object: the VM dropped a reference it did not own");
            }
            return true;
        }
        return false;
    }
}
