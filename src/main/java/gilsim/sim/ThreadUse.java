package gilsim.sim;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.Opcode;
import gilsim.vm.Interned;
import gilsim.vm.PyCode;
import gilsim.vm.PyContainer;
import gilsim.vm.PyDict;
import gilsim.vm.PyFunction;
import gilsim.vm.PyModule;
import gilsim.vm.PyObject;
import gilsim.vm.PyType;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A conservative static answer to "may this cell start a thread?", so that a cell that starts
 * threads itself with {@code threading.Thread} runs on the simulated machine (with a GIL timeline
 * and a report, DESIGN.md §6) while every other single-threaded cell keeps the VM's fast path.
 *
 * <p>Notes about the check. A thread can only start through a {@code threading.Thread} object (or
 * an instance of a subclass), so the cell may start one when any code it can reach mentions
 * {@code Thread}, or when it can reach such an object or class:
 * <ul>
 * <li>the cell's code objects, nested ones included (functions, lambdas, comprehensions and class
 *     bodies defined in the cell), mention {@code Thread} as a name ({@code from threading import
 *     Thread}, {@code Thread(...)}), as an attribute ({@code threading.Thread},
 *     {@code t.Thread}) or as a string constant ({@code getattr(threading, "Thread")});</li>
 * <li>or the global names those codes load ({@code LOAD_GLOBAL}, {@code LOAD_NAME}) are bound, in
 *     the session, to something that does, followed transitively: a function (its code, resolved
 *     against its own globals, its closure cells, defaults and attributes), a bound method (its
 *     function and its object), a class (its methods, static and class methods, properties, and
 *     its base classes), an instance (its class and attributes), and the items of lists, tuples,
 *     dicts and sets (a list of threads made in one cell and started in the next);</li>
 * <li>or one of those is {@code threading.Thread} itself, a subclass of it, or a thread object
 *     (an alias {@code T = threading.Thread} made in an earlier cell; {@code t.start()} of a thread
 *     created in an earlier cell). The main thread's object does not count: it cannot be started.</li>
 * </ul>
 *
 * <p>What it cannot see (such cells still run correctly, on the VM's sequential host, which runs
 * each started thread to completion in turn; they only get no GIL timeline and no report):
 * <ul>
 * <li>names built at run time: {@code getattr(threading, "Thr" + "ead")}, {@code eval}-like
 *     tricks, a thread class fetched through {@code type(x)} of an object the walk did not reach,
 *     or through {@code globals()[name]} with a computed name;</li>
 * <li>objects reached only through modules (attributes stored on a module), and the code of a
 *     suspended generator (its locals are walked, its own code is not);</li>
 * <li>object graphs larger than {@value #MAX_VISITS} objects: the walk stops there and answers no
 *     (so that a cell that reads a list of a million ints keeps the fast path).</li>
 * </ul>
 * A false yes is harmless too: the cell runs on the machine with one thread, prints the same and
 * shows no report (a report needs more than one thread, DESIGN.md §6), only more slowly.
 */
public final class ThreadUse {
    /** Objects visited before the walk gives up (and answers no). */
    static final int MAX_VISITS = 100_000;
    private static final String THREAD = "Thread";
    private static final String MAIN_THREAD_TYPE = "_MainThread";

    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Objects and code units left to look at, each code unit with the globals its names resolve in. */
    private final ArrayDeque<Object[]> todo = new ArrayDeque<>();
    private int visits;

    private ThreadUse() {}

    /**
     * Whether running {@code cell} against {@code globals} (the session's namespace) may start a
     * thread; see the class comment for what the answer rests on.
     */
    public static boolean mayStartThread(CodeUnit cell, PyDict globals) {
        ThreadUse walk = new ThreadUse();
        walk.todo.add(new Object[] {cell, globals});
        return walk.run();
    }

    private boolean run() {
        // Module globals are looked up by name, never walked whole: a function refers to every global.
        while (!todo.isEmpty() && visits < MAX_VISITS) {
            Object[] next = todo.pollFirst();
            if (next[0] instanceof CodeUnit unit) {
                if (scanCode(unit, (PyDict) next[1])) return true;
            } else if (visit((PyObject) next[0], (PyDict) next[1])) {
                return true;
            }
        }
        return false;
    }

    /** True when the code mentions Thread; otherwise queues what its loaded globals are bound to. */
    private boolean scanCode(CodeUnit unit, PyDict globals) {
        if (!seen.add(unit)) return false;
        visits++;
        for (String name : unit.names()) if (name.equals(THREAD)) return true;
        for (Object c : unit.consts()) {
            if (THREAD.equals(c)) return true;
            if (c instanceof CodeUnit nested) todo.add(new Object[] {nested, globals});
        }
        if (globals == null) return false;
        for (int instruction : unit.code()) {
            int op = CodeUnit.op(instruction), arg = CodeUnit.arg(instruction);
            String name = null;
            if (op == Opcode.LOAD_GLOBAL.ordinal()) name = unit.names()[arg >> 1];
            else if (op == Opcode.LOAD_NAME.ordinal()) name = unit.names()[arg];
            if (name == null) continue;
            PyObject value = globals.getStr(Interned.str(name));
            if (value != null) todo.add(new Object[] {value, globals});
        }
        return false;
    }

    /** True when {@code o} is a thread class or object; otherwise queues what it holds. */
    private boolean visit(PyObject o, PyDict globals) {
        if (o == null || !seen.add(o)) return false;
        visits++;
        if (o instanceof PyType type) {
            if (isThreadType(type)) return true;
            if (!type.heapType) return false; // built-in types hold built-in methods only
        } else if (isThreadType(o.type())) {
            return true;
        }
        if (o instanceof PyModule || o == globals) return false;
        if (o instanceof PyCode code) {
            todo.add(new Object[] {code.unit, globals});
            return false;
        }
        PyDict scope = o instanceof PyFunction f ? f.globals : globals;
        if (o instanceof PyFunction f) seen.add(f.globals); // resolved name by name through its code
        // Only containers can lead to code or to a thread; ints and strings are leaves. The queue
        // stays bounded by the same budget as the walk.
        o.traverse(child -> {
            if (child instanceof PyContainer && todo.size() < MAX_VISITS && !seen.contains(child)) {
                todo.add(new Object[] {child, scope});
            }
        });
        return false;
    }

    private static boolean isThreadType(PyType type) {
        return type.layout == PyType.Layout.THREAD && !MAIN_THREAD_TYPE.equals(type.name);
    }
}
