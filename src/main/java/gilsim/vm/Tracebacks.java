package gilsim.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Function;

/**
 * Formatting exceptions as CPython 3.11 prints them: the chain of causes and contexts first,
 * then "Traceback (most recent call last):", one entry per frame with its source line and the
 * PEP 657 markers under the failing expression ({@link FrameSource}), a run of the same frame
 * cut after three ("[Previous line repeated N more times]"), and "Type: message". The
 * interpreter's own printer and Lib/traceback.py differ in details ({@link TracebackStyle}).
 */
public final class Tracebacks {
    /** TB_RECURSIVE_CUTOFF (traceback.c) and _RECURSIVE_CUTOFF (traceback.py). */
    private static final int RECURSIVE_CUTOFF = 3;
    /** PyTraceBack_LIMIT: the interpreter prints the last 1000 frames (sys.tracebacklimit unset). */
    private static final int INTERPRETER_LIMIT = 1000;

    private Tracebacks() {}

    /** The frames of an exception's traceback, outermost first. */
    public static List<TracebackEntry> entries(Vm vm, PyBaseException exc) {
        List<TracebackEntry> r = new ArrayList<>();
        for (PyTraceback tb = exc.traceback; tb != null; tb = tb.next) {
            PyFrame f = tb.frame;
            String file = f.code.filename;
            r.add(new TracebackEntry(file, tb.lineno, f.code.name.value, vm.sources.line(file, tb.lineno),
                    vm.sources.lineEnded(file, tb.lineno), f.code.positionOf(tb.lasti)));
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
     * The whole text as the interpreter prints an uncaught exception, ending with a newline. The
     * messages come from {@code messageOf} (str() of an exception, which may be a class's own
     * __str__); null uses the built-in str().
     */
    public static String format(Vm vm, PyBaseException exc, Function<PyBaseException, String> messageOf) {
        return format(vm, exc, messageOf, TracebackStyle.INTERPRETER);
    }

    /** The whole text as {@code style}'s printer prints it. */
    public static String format(Vm vm, PyBaseException exc, Function<PyBaseException, String> messageOf,
            TracebackStyle style) {
        StringBuilder sb = new StringBuilder();
        formatChain(vm, exc, messageOf, style, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    static String format(Vm vm, PyBaseException exc) {
        return format(vm, exc, null);
    }

    private static void formatChain(Vm vm, PyBaseException exc, Function<PyBaseException, String> messageOf,
            TracebackStyle style, StringBuilder sb, IdentityHashMap<PyObject, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            formatChain(vm, exc.cause, messageOf, style, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            formatChain(vm, exc.context, messageOf, style, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<TracebackEntry> entries = entries(vm, exc);
        if (!entries.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            formatEntries(entries, style, sb);
        }
        String msg = messageOf != null ? messageOf.apply(exc) : builtinMessage(vm, exc);
        sb.append(headline(vm, exc, msg)).append('\n');
    }

    /** The frames, a run of one frame (file, line and function alike) cut after three (tb_printinternal). */
    static void formatEntries(List<TracebackEntry> entries, TracebackStyle style, StringBuilder sb) {
        if (style == TracebackStyle.INTERPRETER && entries.size() > INTERPRETER_LIMIT) {
            entries = entries.subList(entries.size() - INTERPRETER_LIMIT, entries.size());
        }
        TracebackEntry last = null;
        int count = 0;
        for (TracebackEntry e : entries) {
            if (last == null || !last.filename().equals(e.filename()) || last.line() != e.line()
                    || !last.function().equals(e.function())) {
                repeated(count, sb);
                last = e;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) continue;
            sb.append("  File \"").append(e.filename()).append("\", line ").append(e.line())
                    .append(", in ").append(e.function()).append('\n');
            FrameSource.append(sb, e, style);
        }
        repeated(count, sb);
    }

    private static void repeated(int count, StringBuilder sb) {
        if (count <= RECURSIVE_CUTOFF) return;
        int more = count - RECURSIVE_CUTOFF;
        sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
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
