package gilsim.vm;

/**
 * One level of the "exception being handled" stack (CPython's _PyErr_StackItem): the thread
 * has one, and each running generator pushes its own while it runs.
 */
final class ExcItem {
    /** The exception being handled (an owned reference), or null / None. */
    PyObject value;
    ExcItem previous;

    ExcItem(ExcItem previous) {
        this.previous = previous;
    }

    /** _PyErr_GetTopmostException: the first level that holds an exception. */
    static PyBaseException topmost(ExcItem item) {
        for (ExcItem i = item; i != null; i = i.previous) {
            if (i.value instanceof PyBaseException e) return e;
        }
        return null;
    }
}
