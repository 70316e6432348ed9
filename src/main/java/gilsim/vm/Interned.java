package gilsim.vm;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Interned strings: one {@link PyStr} per identifier, shared by every code object, dict key
 * and attribute lookup, so that name lookups compare by identity first (CPython interns
 * identifiers and identifier-like constants the same way, Objects/codeobject.c
 * intern_string_constants). Their counts are the simulator's own (they are shared JVM-wide
 * and never freed), like the other static objects in {@link Types}.
 */
public final class Interned {
    private static final ConcurrentHashMap<String, PyStr> TABLE = new ConcurrentHashMap<>();

    private Interned() {}

    public static PyStr str(String s) {
        PyStr p = TABLE.get(s);
        if (p != null) return p;
        return TABLE.computeIfAbsent(s, k -> {
            PyStr n = new PyStr(k);
            n.refcnt = Types.STATIC_REFCNT;
            n.interned = true;
            return n;
        });
    }

    /** A new reference to the interned string. */
    static PyStr strRef(Vm vm, String s) {
        PyStr p = str(s);
        vm.heap.incref(p);
        return p;
    }

    /** CPython interns string constants made only of name characters ([A-Za-z0-9_]). */
    public static boolean looksLikeIdentifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
        }
        return true;
    }
}
