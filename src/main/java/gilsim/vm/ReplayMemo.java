package gilsim.vm;

import java.util.ArrayList;

/**
 * Results of the Python calls that one step (one instruction, or one step of a native frame)
 * made through {@link Vm#callInline}. Java code that needs a Python result in the middle of a
 * computation (a {@code __eq__} inside a dict lookup, a {@code __repr__} inside {@code print})
 * does not run a nested eval loop: the first time, the call is not yet known, so it throws
 * {@link NeedCall}; the loop runs the call as an ordinary frame (steppable, switchable), records
 * its result here and re-runs the step, which now finds the result and goes one call further.
 * Steps that use it are pure up to their calls, so re-running them is safe.
 *
 * <p>Built-ins called on the way are simply called again on a re-run (they are pure); their
 * results are kept here until the step ends. A built-in that itself had to push a frame leaves
 * a {@link Slot} in the sequence, filled when its frame returns.
 */
final class ReplayMemo {
    /** A built-in's result that arrives through a frame it pushed. */
    static final class Slot {
        Object value;
    }

    private final ArrayList<Object> sequence = new ArrayList<>(2);
    private final ArrayList<PyObject> kept = new ArrayList<>(2);
    private int cursor;
    /** References held for the duration of the pending call (see NeedCall.held). */
    private PyObject[] held;

    /** Restart reading from the first result (the step re-runs). */
    void rewind() { cursor = 0; }

    boolean hasNext() { return cursor < sequence.size(); }

    Object peek() { return sequence.get(cursor); }

    /** The next recorded outcome: a PyObject result, a PyRaise, or a filled Slot. */
    Object next() { return sequence.get(cursor++); }

    /** Reserve a slot for a built-in whose frame will deliver later. */
    void addSlot() {
        sequence.add(new Slot());
        cursor++;
    }

    /** Hold references while the call runs (increfed here, dropped when its outcome arrives). */
    void holdDuringCall(Heap heap, PyObject[] objects) {
        if (objects == null || objects.length == 0) return;
        for (PyObject o : objects) heap.incref(o);
        held = objects;
    }

    /** A call's outcome arrived (the memo owns the reference): fill a waiting slot or append. */
    void deliver(Object outcome) {
        if (held != null) {
            PyObject[] h = held;
            held = null;
            for (PyObject o : h) Heap.current.decref(o);
        }
        if (!sequence.isEmpty() && sequence.get(sequence.size() - 1) instanceof Slot s && s.value == null) {
            s.value = outcome;
        } else {
            sequence.add(outcome);
        }
        cursor = 0;
    }

    /** Keep a built-in's result alive until the step ends (callInline returns borrowed results). */
    void keep(PyObject o) { kept.add(o); }

    /** Drop the recorded results (the step is over). */
    void release(Heap heap) {
        if (held != null) {
            PyObject[] h = held;
            held = null;
            for (PyObject o : h) heap.decref(o);
        }
        for (Object o : sequence) releaseOutcome(heap, o instanceof Slot s ? s.value : o);
        for (PyObject o : kept) heap.decref(o);
        sequence.clear();
        kept.clear();
        cursor = 0;
    }

    private static void releaseOutcome(Heap heap, Object o) {
        if (o instanceof PyObject p) heap.decref(p);
        else if (o instanceof PyRaise r) heap.decref(r.exception);
    }
}
