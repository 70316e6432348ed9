package gilsim.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * Formatting exceptions as CPython's traceback module does (format_exception): the chain of
 * causes and contexts first, then "Traceback (most recent call last):", one entry per frame
 * with its source line, and "Type: message".
 */
public final class Tracebacks {
    private Tracebacks() {}

    /** The frames of an exception's traceback, outermost first. */
    public static List<TracebackEntry> entries(Vm vm, PyBaseException exc) {
        List<TracebackEntry> r = new ArrayList<>();
        for (PyTraceback tb = exc.traceback; tb != null; tb = tb.next) {
            PyFrame f = tb.frame;
            String file = f.code.filename;
            r.add(new TracebackEntry(file, tb.lineno, f.code.name.value, vm.sources.line(file, tb.lineno)));
        }
        return r;
    }

    /** "Type" or "Type: message" (traceback.format_exception_only). */
    public static String headline(Vm vm, PyBaseException exc, String message) {
        PyType t = exc.type();
        String name = t.qualname;
        if (!"builtins".equals(t.module) && !"__main__".equals(t.module)) name = t.module + "." + name;
        return message.isEmpty() ? name : name + ": " + message;
    }

    /**
     * The whole text, ending with a newline. The messages come from {@code messageOf} (str() of
     * an exception, which may be a class's own __str__); null uses the built-in str().
     */
    public static String format(Vm vm, PyBaseException exc, java.util.function.Function<PyBaseException, String> messageOf) {
        StringBuilder sb = new StringBuilder();
        formatChain(vm, exc, messageOf, sb, new java.util.IdentityHashMap<>());
        return sb.toString();
    }

    static String format(Vm vm, PyBaseException exc) {
        return format(vm, exc, null);
    }

    private static void formatChain(Vm vm, PyBaseException exc, java.util.function.Function<PyBaseException, String> messageOf,
            StringBuilder sb, java.util.IdentityHashMap<PyObject, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            formatChain(vm, exc.cause, messageOf, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            formatChain(vm, exc.context, messageOf, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<TracebackEntry> entries = entries(vm, exc);
        if (!entries.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (TracebackEntry e : entries) {
                sb.append("  File \"").append(e.filename()).append("\", line ").append(e.line())
                        .append(", in ").append(e.function()).append('\n');
                if (e.sourceLine() != null && !e.sourceLine().isBlank()) {
                    sb.append("    ").append(e.sourceLine().strip()).append('\n');
                }
            }
        }
        String msg = messageOf != null ? messageOf.apply(exc) : builtinMessage(vm, exc);
        sb.append(headline(vm, exc, msg)).append('\n');
    }

    /** str(exc) without calling Python code (a class's own __str__ is not used). */
    static String builtinMessage(Vm vm, PyBaseException exc) {
        PyTuple args = exc.args;
        if (args == null || args.size() == 0) return "";
        if (args.size() == 1) {
            PyObject a = args.items[0];
            if (exc.type().isSubtypeOf(Types.KEY_ERROR)) return safeRepr(vm, a);
            if (a instanceof PyStr s) return s.value;
            return safeRepr(vm, a);
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(safeRepr(vm, args.items[i]));
        }
        return sb.append(')').toString();
    }

    private static String safeRepr(Vm vm, PyObject o) {
        if (o.type().heapType) return ObjectRepr.repr(vm, o);
        try {
            return Repr.repr(vm, o);
        } catch (NeedCall | PyRaise e) {
            return ObjectRepr.repr(vm, o);
        }
    }
}
