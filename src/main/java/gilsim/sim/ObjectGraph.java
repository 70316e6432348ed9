package gilsim.sim;

import gilsim.vm.OutputSink;
import gilsim.vm.PyObject;
import gilsim.vm.ThreadHost;
import gilsim.vm.Vm;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reflection over the VM's object graph, for {@link SessionSnapshot} and {@link NamespaceCopier}:
 * the instance fields of each class, and which objects are values shared as they are (never copied
 * nor restored): Java values, compiled code (gilsim.lang, immutable), lambdas, the VM's JVM-wide
 * statics, and the simulator's own marks.
 *
 * <p>Why reflection: the VM offers no copy of its object graph yet (a request to the VM: a
 * {@code Session} snapshot/restore and a deep copy into another interpreter). Walking fields
 * generically keeps this correct as the VM's classes change; a class it cannot handle fails
 * loudly ({@link IllegalStateException}) instead of copying half an object.
 */
final class ObjectGraph {
    private static final ConcurrentHashMap<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();
    private static final Field MACHINE_STATE = field(PyObject.class, "machineState");

    private ObjectGraph() {}

    /** Objects used as they are: immutable, JVM-wide, or not part of a session's data. */
    static boolean isValue(Object o) {
        if (o == null) return true;
        Class<?> c = o.getClass();
        if (o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character
                || o instanceof Enum<?> || o instanceof Class<?>) {
            return true;
        }
        if (c.isHidden() || c.isSynthetic()) return true;
        String name = c.getName();
        if (name.startsWith("gilsim.lang.") || name.startsWith("gilsim.sim.")) return true;
        if (o instanceof PyObject p) return ObjectKinds.jvmStatic(p);
        return o instanceof Vm || o instanceof ThreadHost || o instanceof OutputSink;
    }

    /** Instance fields of the class and its superclasses, accessible, the machine's marks left out. */
    static Field[] fields(Class<?> c) {
        return FIELDS.computeIfAbsent(c, k -> {
            List<Field> list = new ArrayList<>();
            for (Class<?> x = k; x != null && x != Object.class; x = x.getSuperclass()) {
                if (x.getName().startsWith("java.")) {
                    // An exception wrapper (PyRaise): its own fields are walked, the Throwable's are not.
                    if (Throwable.class.isAssignableFrom(x)) break;
                    throw new IllegalStateException("cannot walk into " + k.getName() + " (a subclass of " + x.getName() + ")");
                }
                for (Field f : x.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) continue;
                    if (f.equals(MACHINE_STATE) || f.getName().equals("machineState")) continue;
                    f.setAccessible(true);
                    list.add(f);
                }
            }
            return list.toArray(new Field[0]);
        });
    }

    static Field field(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the VM has no field " + c.getSimpleName() + "." + name, e);
        }
    }

    static Object get(Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Field f, Object o, Object v) {
        try {
            f.set(o, v);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
