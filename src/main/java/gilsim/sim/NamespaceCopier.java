package gilsim.sim;

import gilsim.vm.Heap;
import gilsim.vm.PyContainer;
import gilsim.vm.PyDict;
import gilsim.vm.PyObject;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deep copy of a namespace into another interpreter, for {@code %gil per-interpreter}: each
 * interpreter starts from a copy of the session's namespace, as if passed through PEP 734's
 * {@code prepare_main} (pickled), so that what a thread changes stays in its interpreter
 * (FACTS.md §8).
 *
 * <p>Every object reachable from the namespace is copied, with its fields, its count and the
 * sharing between objects (two names bound to one list stay bound to one list). The copy lives in
 * the target interpreter: the source's builtins become the target's, containers are tracked by the
 * target heap's collector. JVM-wide statics (None, small ints, types, interned strings) are shared,
 * as immortal objects are shared between interpreters (PEP 684 depends on PEP 683). Deliberate
 * simplification: functions and classes are copied too (pickle would refer to them by name, which
 * fails for a fresh {@code __main__}; DESIGN.md asks for a deep copy).
 */
final class NamespaceCopier {
    private static final Field GC_NEXT = ObjectGraph.field(PyContainer.class, "gcNext");
    private static final Field GC_PREV = ObjectGraph.field(PyContainer.class, "gcPrev");
    private static final Object UNSAFE;
    private static final Method ALLOCATE;

    static {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field f = unsafeClass.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            UNSAFE = f.get(null);
            ALLOCATE = unsafeClass.getMethod("allocateInstance", Class.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final IdentityHashMap<Object, Object> copies = new IdentityHashMap<>();
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private final List<PyContainer> toTrack = new ArrayList<>();

    private NamespaceCopier() {}

    /**
     * Copies {@code source} (a namespace) into {@code target}, an empty namespace of the other
     * interpreter whose builtins are {@code targetBuiltins}; the source's builtins map to them.
     */
    static void copy(PyDict source, PyDict sourceBuiltins, PyDict target, PyDict targetBuiltins, Heap targetHeap) {
        NamespaceCopier c = new NamespaceCopier();
        c.copies.put(sourceBuiltins, targetBuiltins);
        c.copies.put(source, target);
        c.pending.add(source);
        Heap saved = Heap.current;
        Heap.current = targetHeap;
        try {
            while (!c.pending.isEmpty()) c.fill(c.pending.pollFirst());
            for (PyContainer o : c.toTrack) Heap.track(o);
        } finally {
            Heap.current = saved;
        }
    }

    /** The copy of {@code o}, made (empty, queued for filling) on first sight. */
    private Object copyOf(Object o) {
        if (ObjectGraph.isValue(o)) return o;
        Object c = copies.get(o);
        if (c != null) return c;
        Class<?> k = o.getClass();
        if (k.isArray()) {
            c = Array.newInstance(k.getComponentType(), Array.getLength(o));
        } else if (k.isRecord()) {
            return copyRecord(o);
        } else if (o instanceof Collection<?> || o instanceof Map<?, ?>) {
            c = o instanceof Map<?, ?> ? new LinkedHashMap<>() : new ArrayList<>();
            if (o instanceof java.util.ArrayDeque<?>) c = new ArrayDeque<>();
            if (o instanceof IdentityHashMap<?, ?>) c = new IdentityHashMap<>();
        } else {
            c = allocate(k);
        }
        copies.put(o, c);
        pending.add(o);
        return c;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fill(Object o) {
        Object c = copies.get(o);
        Class<?> k = o.getClass();
        if (k.isArray()) {
            int n = Array.getLength(o);
            if (k.getComponentType().isPrimitive()) {
                System.arraycopy(o, 0, c, 0, n);
            } else {
                Object[] from = (Object[]) o;
                Object[] to = (Object[]) c;
                for (int i = 0; i < n; i++) to[i] = copyOf(from[i]);
            }
        } else if (o instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) ((Map) c).put(copyOf(e.getKey()), copyOf(e.getValue()));
        } else if (o instanceof Collection<?> col) {
            for (Object x : col) ((Collection) c).add(copyOf(x));
        } else {
            for (Field f : ObjectGraph.fields(k)) {
                if (f.equals(GC_NEXT) || f.equals(GC_PREV)) continue;
                Object v = ObjectGraph.get(f, o);
                ObjectGraph.set(f, c, f.getType().isPrimitive() ? v : copyOf(v));
            }
            if (o instanceof PyContainer p && ObjectGraph.get(GC_NEXT, p) != null) toTrack.add((PyContainer) c);
        }
    }

    private Object copyRecord(Object o) {
        try {
            RecordComponent[] rc = o.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            Object[] args = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                Method m = rc[i].getAccessor();
                m.setAccessible(true);
                args[i] = copyOf(m.invoke(o));
            }
            Constructor<?> ctor = o.getClass().getDeclaredConstructor(types);
            ctor.setAccessible(true);
            Object c = ctor.newInstance(args);
            copies.put(o, c);
            return c;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy a " + o.getClass().getName(), e);
        }
    }

    private static Object allocate(Class<?> k) {
        try {
            return ALLOCATE.invoke(UNSAFE, k);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy a " + k.getName(), e);
        }
    }
}
