package gilsim.vm;

import java.util.ArrayList;
import java.util.List;

/** str methods that cut and glue text: split, rsplit, join, replace, partition. */
final class StrSplitting {
    private StrSplitting() {}

    private static String s(PyObject[] a) { return ((PyStr) a[0]).value; }

    private static boolean isSpace(int c) { return StrMethods.isSpace(c); }

    static PyObject split(Vm vm, PyObject[] a, String[] k, String name, boolean fromRight) {
        ArgParser p = new ArgParser(name, a, k).keywords("sep", "maxsplit");
        if (p.npos > 3) throw Errors.type(name + "() takes at most 2 arguments (" + (p.npos - 1) + " given)");
        PyObject sepObj = p.get(1, "sep");
        PyObject maxObj = p.get(2, "maxsplit");
        long max = maxObj == null ? -1 : ArgParser.toLong(maxObj, name);
        String v = s(a);
        List<String> parts = new ArrayList<>();
        if (sepObj == null || sepObj == PyNone.NONE) {
            splitWhitespace(v, max, fromRight, parts);
        } else {
            String sep = ArgParser.str(sepObj, name, 1);
            if (sep.isEmpty()) throw Errors.value("empty separator");
            if (max < 0) max = Long.MAX_VALUE;
            if (!fromRight) {
                int start = 0;
                int i;
                while (max-- > 0 && (i = v.indexOf(sep, start)) >= 0) {
                    parts.add(v.substring(start, i));
                    start = i + sep.length();
                }
                parts.add(v.substring(start));
            } else {
                int end = v.length();
                int i;
                List<String> rev = new ArrayList<>();
                while (max-- > 0 && (i = v.lastIndexOf(sep, end - sep.length())) >= 0 && end - sep.length() >= 0) {
                    rev.add(v.substring(i + sep.length(), end));
                    end = i;
                }
                rev.add(v.substring(0, end));
                for (int j = rev.size() - 1; j >= 0; j--) parts.add(rev.get(j));
            }
        }
        return listOf(parts);
    }

    static void splitWhitespace(String v, long max, boolean fromRight, List<String> parts) {
        if (max < 0) max = Long.MAX_VALUE;
        if (!fromRight) {
            int i = 0;
            int n = v.length();
            while (true) {
                while (i < n && isSpace(v.charAt(i))) i++;
                if (i >= n) return;
                if (max-- == 0) {
                    int end = n;
                    while (end > i && isSpace(v.charAt(end - 1))) end--;
                    parts.add(v.substring(i, end));
                    return;
                }
                int j = i;
                while (j < n && !isSpace(v.charAt(j))) j++;
                parts.add(v.substring(i, j));
                i = j;
            }
        }
        List<String> rev = new ArrayList<>();
        int i = v.length();
        while (true) {
            while (i > 0 && isSpace(v.charAt(i - 1))) i--;
            if (i <= 0) break;
            if (max-- == 0) {
                int start = 0;
                while (start < i && isSpace(v.charAt(start))) start++;
                rev.add(v.substring(start, i));
                break;
            }
            int j = i;
            while (j > 0 && !isSpace(v.charAt(j - 1))) j--;
            rev.add(v.substring(j, i));
            i = j;
        }
        for (int j = rev.size() - 1; j >= 0; j--) parts.add(rev.get(j));
    }

    static PyObject listOf(List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) items[i] = new PyStr(parts.get(i));
        return new PyList(items, items.length);
    }

    /** str.join: items must all be str ("sequence item 0: expected str instance, int found"). */
    static PyObject join(Vm vm, PyObject[] a, String[] k) {
        ArgParser.method("str.join", a, k).noKeywords().between(2, 2);
        String sep = s(a);
        PyObject iterable = a[1];
        if (Iteration.isSyncIterable(iterable)) {
            PyObject[] items = Iteration.toArraySync(vm, iterable);
            try {
                return new PyStr(joinItems(vm, sep, items));
            } finally {
                for (PyObject o : items) vm.heap.decref(o);
            }
        }
        if (!Iteration.isIterable(vm, iterable)) throw Errors.type("can only join an iterable");
        return Consumer.start(vm, it -> new Consumers.Collect("join", it) {
            @Override
            protected PyObject finish(Vm vm) {
                PyObject[] items = takeItems();
                try {
                    return new PyStr(joinItems(vm, sep, items));
                } finally {
                    for (PyObject o : items) vm.heap.decref(o);
                }
            }
        }, iterable);
    }

    static String joinItems(Vm vm, String sep, PyObject[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw Errors.type("sequence item " + i + ": expected str instance, " + items[i].type().name + " found");
            }
            if (i > 0) sb.append(sep);
            sb.append(s.value);
            if (sb.length() > vm.limits.maxStrLength) vm.limits.checkStrLength(sb.length());
        }
        vm.workDone(items.length);
        return sb.toString();
    }

    static String replace(String v, String old, String rep, long count, Vm vm) {
        if (count < 0) count = Long.MAX_VALUE;
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            int n = 0;
            int i = 0;
            if (count > 0) {
                sb.append(rep);
                n++;
            }
            while (i < v.length()) {
                int c = v.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
                if (n < count && i < v.length()) {
                    sb.append(rep);
                    n++;
                } else if (n < count && i == v.length()) {
                    sb.append(rep);
                    n++;
                }
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        int start = 0;
        int i;
        while (count-- > 0 && (i = v.indexOf(old, start)) >= 0) {
            sb.append(v, start, i).append(rep);
            start = i + old.length();
        }
        sb.append(v.substring(start));
        vm.limits.checkStrLength(sb.length());
        return sb.toString();
    }

    static PyObject partition(Vm vm, PyObject[] a, boolean right) {
        String v = s(a);
        String sep = ArgParser.str(a[1], right ? "rpartition" : "partition", 1);
        if (sep.isEmpty()) throw Errors.value("empty separator");
        int i = right ? v.lastIndexOf(sep) : v.indexOf(sep);
        PyObject empty = Interned.strRef(vm, "");
        if (i < 0) {
            PyObject e2 = Interned.strRef(vm, "");
            return right ? PyTuple.steal(vm.heap, new PyObject[] {empty, e2, vm.heap.newRef(a[0])})
                    : PyTuple.steal(vm.heap, new PyObject[] {vm.heap.newRef(a[0]), empty, e2});
        }
        vm.heap.decref(empty);
        return PyTuple.steal(vm.heap, new PyObject[] {new PyStr(v.substring(0, i)), vm.heap.newRef(a[1]),
            new PyStr(v.substring(i + sep.length()))});
    }
}
