package gilsim.sim;

import gilsim.vm.PyObject;
import gilsim.vm.Session;
import gilsim.vm.Vm;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a session's objects at one moment, to put back in place later: what makes "a cell
 * that ends in a simulated crash leaves the session as it was before the cell" true (DESIGN.md §3),
 * and what {@code %%compare} needs to run each combination from the same namespace.
 *
 * <p>Notes about the design. Taking a snapshot walks every object reachable from the session's
 * roots — the namespace, the builtins, the loaded modules, the main thread object, and the heap
 * (its collector's lists reach every tracked container) — and records each object's mutable fields and each array's contents.
 * Restoring writes them back into the same objects, so every object that existed keeps its
 * identity (its id(), the kernel's references) and gets back its fields, its count and its
 * liveness (a prematurely freed object is alive again); objects the cell created are simply no
 * longer referenced. JVM-wide statics (types, None, small ints, interned strings) are shared and
 * not restored: their counts are the simulator's own and huge, so a crashed cell's drift on them is
 * harmless. The machine takes a snapshot only for runs that can crash (plain counts without a GIL).
 */
public final class SessionSnapshot {
    private static final Field VM_MODULES = ObjectGraph.field(Vm.class, "modules");
    private static final Field VM_MAIN_THREAD = ObjectGraph.field(Vm.class, "mainThreadObject");
    private static final Field VM_THREAD_COUNTER = ObjectGraph.field(Vm.class, "threadCounter");
    private static final Field VM_THREADS_STARTED = ObjectGraph.field(Vm.class, "threadCounterStarted");

    private final Vm vm;
    private final IdentityHashMap<Object, Object[]> fields = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Object> arrays = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Object> collections = new IdentityHashMap<>();
    private final int threadCounter;
    private final int threadsStarted;

    private SessionSnapshot(Vm vm) {
        this.vm = vm;
        this.threadCounter = (int) ObjectGraph.get(VM_THREAD_COUNTER, vm);
        this.threadsStarted = (int) ObjectGraph.get(VM_THREADS_STARTED, vm);
    }

    /** Records the session's objects as they are now. */
    public static SessionSnapshot take(Session session) {
        Vm vm = session.vm();
        SessionSnapshot s = new SessionSnapshot(vm);
        ArrayDeque<Object> todo = new ArrayDeque<>();
        todo.add(session.globals());
        todo.add(vm.builtins);
        todo.add(ObjectGraph.get(VM_MODULES, vm));
        Object main = ObjectGraph.get(VM_MAIN_THREAD, vm);
        if (main != null) todo.add(main);
        // The heap itself: its collector's generation lists (which reach every tracked container),
        // its counts and thresholds, its queues of pending finalizers and deallocs.
        todo.add(vm.heap);
        while (!todo.isEmpty()) s.visit(todo.pollLast(), todo);
        return s;
    }

    /** How many objects and arrays it holds (for tests and curiosity). */
    public int size() {
        return fields.size() + arrays.size() + collections.size();
    }

    private void visit(Object o, ArrayDeque<Object> todo) {
        if (ObjectGraph.isValue(o) || fields.containsKey(o) || arrays.containsKey(o) || collections.containsKey(o)) return;
        Class<?> c = o.getClass();
        if (c.isArray()) {
            int n = Array.getLength(o);
            Object copy = Array.newInstance(c.getComponentType(), n);
            System.arraycopy(o, 0, copy, 0, n);
            arrays.put(o, copy);
            if (!c.getComponentType().isPrimitive()) {
                for (Object x : (Object[]) o) if (x != null) todo.add(x);
            }
            return;
        }
        if (o instanceof Collection<?> col) {
            collections.put(o, new ArrayList<>(col));
            for (Object x : col) if (x != null) todo.add(x);
            return;
        }
        if (o instanceof Map<?, ?> map) {
            collections.put(o, new LinkedHashMap<>(map));
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getKey() != null) todo.add(e.getKey());
                if (e.getValue() != null) todo.add(e.getValue());
            }
            return;
        }
        Field[] fs = ObjectGraph.fields(c);
        Object[] values = new Object[fs.length];
        for (int i = 0; i < fs.length; i++) {
            Object v = ObjectGraph.get(fs[i], o);
            values[i] = v;
            if (v != null && !fs[i].getType().isPrimitive()) todo.add(v);
        }
        fields.put(o, values);
    }

    /** Puts every recorded object back as it was (see the class comment). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void restore() {
        for (Map.Entry<Object, Object[]> e : fields.entrySet()) {
            Object o = e.getKey();
            Field[] fs = ObjectGraph.fields(o.getClass());
            Object[] values = e.getValue();
            for (int i = 0; i < fs.length; i++) {
                if (Modifier.isFinal(fs[i].getModifiers())) continue;
                ObjectGraph.set(fs[i], o, values[i]);
            }
            if (o instanceof PyObject p) p.machineState = null;
        }
        for (Map.Entry<Object, Object> e : arrays.entrySet()) {
            Object copy = e.getValue();
            System.arraycopy(copy, 0, e.getKey(), 0, Array.getLength(copy));
        }
        for (Map.Entry<Object, Object> e : collections.entrySet()) {
            Object o = e.getKey();
            if (o instanceof Collection col) {
                col.clear();
                col.addAll((Collection) e.getValue());
            } else {
                Map map = (Map) o;
                map.clear();
                map.putAll((Map) e.getValue());
            }
        }
        ObjectGraph.set(VM_THREAD_COUNTER, vm, threadCounter);
        ObjectGraph.set(VM_THREADS_STARTED, vm, threadsStarted);
        gilsim.vm.HostSupport.makeCurrent(vm);
    }

    /** The objects the snapshot covers (for tests). */
    List<Object> objects() {
        return new ArrayList<>(fields.keySet());
    }
}
