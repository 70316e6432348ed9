package gilsim.vm;

import java.util.ArrayList;
import java.util.List;

/** Methods of str (Objects/unicodeobject.c), with Python's semantics on code points. */
final class StrMethods {
    private StrMethods() {}

    static String s(PyObject[] a) { return ((PyStr) a[0]).value; }

    private static PyStr str(PyObject[] a) { return (PyStr) a[0]; }

    static void install() {
        PyType t = Types.STR;
        Builtins.method(t, "upper", (vm, a, k) -> {
            ArgParser.method("str.upper", a, k).between(1, 1);
            return new PyStr(s(a).toUpperCase(java.util.Locale.ROOT));
        });
        Builtins.method(t, "lower", (vm, a, k) -> {
            ArgParser.method("str.lower", a, k).between(1, 1);
            return new PyStr(s(a).toLowerCase(java.util.Locale.ROOT));
        });
        Builtins.method(t, "casefold", (vm, a, k) -> new PyStr(s(a).toLowerCase(java.util.Locale.ROOT)));
        Builtins.method(t, "swapcase", (vm, a, k) -> {
            StringBuilder sb = new StringBuilder();
            s(a).codePoints().forEach(c -> sb.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
                    : Character.isLowerCase(c) ? Character.toUpperCase(c) : c));
            return new PyStr(sb.toString());
        });
        Builtins.method(t, "title", (vm, a, k) -> new PyStr(title(s(a))));
        Builtins.method(t, "capitalize", (vm, a, k) -> {
            String v = s(a);
            if (v.isEmpty()) return vm.heap.newRef(a[0]);
            int c = v.codePointAt(0);
            return new PyStr(new String(Character.toChars(Character.toTitleCase(c)))
                    + v.substring(Character.charCount(c)).toLowerCase(java.util.Locale.ROOT));
        });
        Builtins.method(t, "strip", (vm, a, k) -> strip(vm, a, k, "strip", true, true));
        Builtins.method(t, "lstrip", (vm, a, k) -> strip(vm, a, k, "lstrip", true, false));
        Builtins.method(t, "rstrip", (vm, a, k) -> strip(vm, a, k, "rstrip", false, true));
        Builtins.method(t, "split", (vm, a, k) -> StrSplitting.split(vm, a, k, "split", false));
        Builtins.method(t, "rsplit", (vm, a, k) -> StrSplitting.split(vm, a, k, "rsplit", true));
        Builtins.method(t, "splitlines", (vm, a, k) -> {
            ArgParser p = ArgParser.method("str.splitlines", a, k).keywords("keepends");
            boolean keep = p.get(1, "keepends") != null && Truth.isTrue(vm, p.get(1, "keepends"));
            List<String> parts = new ArrayList<>();
            String v = s(a);
            int start = 0;
            int i = 0;
            while (i < v.length()) {
                char c = v.charAt(i);
                int eol = -1;
                if (c == '\r' && i + 1 < v.length() && v.charAt(i + 1) == '\n') eol = 2;
                else if ("\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0) eol = 1;
                if (eol > 0) {
                    parts.add(v.substring(start, keep ? i + eol : i));
                    i += eol;
                    start = i;
                } else {
                    i++;
                }
            }
            if (start < v.length()) parts.add(v.substring(start));
            return StrSplitting.listOf(parts);
        });
        Builtins.method(t, "join", StrSplitting::join);
        Builtins.method(t, "replace", (vm, a, k) -> {
            ArgParser p = ArgParser.method("str.replace", a, k).noKeywords().between(3, 4);
            String old = ArgParser.str(a[1], "replace", 1);
            String rep = ArgParser.str(a[2], "replace", 2);
            long count = a.length > 3 ? ArgParser.toLong(a[3], "replace") : -1;
            return new PyStr(StrSplitting.replace(s(a), old, rep, count, vm));
        });
        Builtins.method(t, "find", (vm, a, k) -> PyInt.of(find(a, k, "find", false, false)));
        Builtins.method(t, "rfind", (vm, a, k) -> PyInt.of(find(a, k, "rfind", true, false)));
        Builtins.method(t, "index", (vm, a, k) -> PyInt.of(find(a, k, "index", false, true)));
        Builtins.method(t, "rindex", (vm, a, k) -> PyInt.of(find(a, k, "rindex", true, true)));
        Builtins.method(t, "count", (vm, a, k) -> {
            ArgParser.method("str.count", a, k).noKeywords().between(2, 4);
            PyStr self = str(a);
            String sub = ArgParser.str(a[1], "count", 1);
            int[] r = range(self, a, 2);
            String hay = self.substring(r[0], Math.max(r[0], r[1]));
            if (r[0] > self.length()) return PyInt.of(0);
            if (sub.isEmpty()) return PyInt.of(new PyStr(hay).length() + 1);
            int n = 0;
            for (int i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length())) n++;
            return PyInt.of(n);
        });
        Builtins.method(t, "startswith", (vm, a, k) -> PyBool.of(affix(a, k, "startswith", true)));
        Builtins.method(t, "endswith", (vm, a, k) -> PyBool.of(affix(a, k, "endswith", false)));
        Builtins.method(t, "removeprefix", (vm, a, k) -> {
            String p = ArgParser.str(a[1], "removeprefix", 1);
            return new PyStr(s(a).startsWith(p) ? s(a).substring(p.length()) : s(a));
        });
        Builtins.method(t, "removesuffix", (vm, a, k) -> {
            String p = ArgParser.str(a[1], "removesuffix", 1);
            return new PyStr(s(a).endsWith(p) && !p.isEmpty() ? s(a).substring(0, s(a).length() - p.length()) : s(a));
        });
        Builtins.method(t, "zfill", (vm, a, k) -> {
            ArgParser.method("str.zfill", a, k).noKeywords().between(2, 2);
            String v = s(a);
            int width = ArgParser.toInt(a[1]);
            int n = str(a).length();
            if (n >= width) return vm.heap.newRef(a[0]);
            String pad = "0".repeat(width - n);
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) return new PyStr(v.charAt(0) + pad + v.substring(1));
            return new PyStr(pad + v);
        });
        Builtins.method(t, "center", (vm, a, k) -> pad(vm, a, k, "center"));
        Builtins.method(t, "ljust", (vm, a, k) -> pad(vm, a, k, "ljust"));
        Builtins.method(t, "rjust", (vm, a, k) -> pad(vm, a, k, "rjust"));
        Builtins.method(t, "partition", (vm, a, k) -> StrSplitting.partition(vm, a, false));
        Builtins.method(t, "rpartition", (vm, a, k) -> StrSplitting.partition(vm, a, true));
        Builtins.method(t, "isdigit", (vm, a, k) -> PyBool.of(all(s(a), c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER
                || Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0 && Character.getNumericValue(c) <= 9)));
        Builtins.method(t, "isdecimal", (vm, a, k) -> PyBool.of(all(s(a), c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER)));
        Builtins.method(t, "isnumeric", (vm, a, k) -> PyBool.of(all(s(a), c -> {
            int ty = Character.getType(c);
            return ty == Character.DECIMAL_DIGIT_NUMBER || ty == Character.OTHER_NUMBER || ty == Character.LETTER_NUMBER;
        })));
        Builtins.method(t, "isalpha", (vm, a, k) -> PyBool.of(all(s(a), Character::isLetter)));
        Builtins.method(t, "isalnum", (vm, a, k) -> PyBool.of(all(s(a), Character::isLetterOrDigit)));
        Builtins.method(t, "isspace", (vm, a, k) -> PyBool.of(all(s(a), StrMethods::isSpace)));
        Builtins.method(t, "isidentifier", (vm, a, k) -> PyBool.of(isIdentifier(s(a))));
        Builtins.method(t, "isprintable", (vm, a, k) -> PyBool.of(s(a).codePoints().allMatch(StrRepr::isPrintable)));
        Builtins.method(t, "isupper", (vm, a, k) -> PyBool.of(cased(s(a), true)));
        Builtins.method(t, "islower", (vm, a, k) -> PyBool.of(cased(s(a), false)));
        Builtins.method(t, "istitle", (vm, a, k) -> PyBool.of(!s(a).isEmpty() && title(s(a)).equals(s(a))
                && s(a).codePoints().anyMatch(Character::isLetter)));
        Builtins.method(t, "expandtabs", (vm, a, k) -> {
            int size = a.length > 1 ? ArgParser.toInt(a[1]) : 8;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : s(a).toCharArray()) {
                if (c == '\t') {
                    int n = size > 0 ? size - (col % size) : 0;
                    sb.append(" ".repeat(n));
                    col += n;
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return new PyStr(sb.toString());
        });
        Builtins.method(t, "format", (vm, a, k) -> StrFormat.format(vm, a, k));
        Builtins.method(t, "encode", (vm, a, k) -> {
            throw Errors.notImplemented("bytes (str.encode) are not part of gilsim's Python");
        });
        Builtins.method(t, "__len__", (vm, a, k) -> PyInt.of(str(a).length()));
        Builtins.method(t, "__contains__", (vm, a, k) -> PyBool.of(Items.contains(vm, a[0], a[1])));
    }

    private interface CpTest {
        boolean test(int c);
    }

    private static boolean all(String v, CpTest t) {
        if (v.isEmpty()) return false;
        return v.codePoints().allMatch(t::test);
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0
                || Character.isSpaceChar(c) || Character.isWhitespace(c);
    }

    private static boolean cased(String v, boolean upper) {
        boolean any = false;
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c)) return false;
            if (Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c)) any = true;
        }
        return any;
    }

    static boolean isIdentifier(String v) {
        if (v.isEmpty()) return false;
        int c0 = v.codePointAt(0);
        if (!(c0 == '_' || Character.isLetter(c0))) return false;
        return v.codePoints().skip(1).allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
    }

    static String title(String v) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            boolean isCased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
            if (prevCased) sb.appendCodePoint(Character.toLowerCase(c));
            else sb.appendCodePoint(Character.toTitleCase(c));
            prevCased = isCased;
        }
        return sb.toString();
    }

    private static PyObject strip(Vm vm, PyObject[] a, String[] k, String name, boolean left, boolean right) {
        new ArgParser(name, a, k).noKeywords().between(1, 2);
        String v = s(a);
        String chars = a.length > 1 && a[1] != PyNone.NONE ? ArgParser.str(a[1], name, 1) : null;
        int start = 0;
        int end = v.length();
        if (left) {
            while (start < end && stripChar(v.charAt(start), chars)) start++;
        }
        if (right) {
            while (end > start && stripChar(v.charAt(end - 1), chars)) end--;
        }
        if (start == 0 && end == v.length()) return vm.heap.newRef(a[0]);
        return new PyStr(v.substring(start, end));
    }

    private static boolean stripChar(char c, String chars) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0;
    }







    /** [start, end) code point range from optional arguments at index from. */
    private static int[] range(PyStr self, PyObject[] a, int from) {
        int n = self.length();
        long start = 0;
        long end = n;
        if (a.length > from && a[from] != PyNone.NONE) start = ArgParser.toLong(a[from], "");
        if (a.length > from + 1 && a[from + 1] != PyNone.NONE) end = ArgParser.toLong(a[from + 1], "");
        if (start < 0) start = Math.max(0, start + n);
        if (end < 0) end = Math.max(0, end + n);
        if (end > n) end = n;
        return new int[] {(int) Math.min(start, n + 1L), (int) end};
    }

    private static long find(PyObject[] a, String[] k, String name, boolean reverse, boolean raise) {
        new ArgParser(name, a, k).noKeywords().between(2, 4);
        PyStr self = str(a);
        String sub = ArgParser.str(a[1], name, 1);
        int[] r = range(self, a, 2);
        long result = -1;
        if (r[0] <= self.length() && r[0] <= r[1]) {
            String hay = self.substring(r[0], r[1]);
            int i = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub);
            if (i >= 0) result = r[0] + new PyStr(hay).cpIndex(i);
        }
        if (result < 0 && raise) throw Errors.value("substring not found");
        return result;
    }

    private static boolean affix(PyObject[] a, String[] k, String name, boolean prefix) {
        new ArgParser(name, a, k).noKeywords().between(2, 4);
        PyStr self = str(a);
        int[] r = range(self, a, 2);
        if (r[0] > self.length()) return false;
        String hay = self.substring(r[0], Math.max(r[0], r[1]));
        PyObject x = a[1];
        if (x instanceof PyTuple t) {
            for (PyObject o : t.items) {
                if (!(o instanceof PyStr s)) {
                    throw Errors.type("tuple for " + name + " must only contain str, not " + o.type().name);
                }
                if (prefix ? hay.startsWith(s.value) : hay.endsWith(s.value)) return true;
            }
            return false;
        }
        if (!(x instanceof PyStr s)) {
            throw Errors.type(name + " first arg must be str or a tuple of str, not " + x.type().name);
        }
        return prefix ? hay.startsWith(s.value) : hay.endsWith(s.value);
    }

    private static PyObject pad(Vm vm, PyObject[] a, String[] k, String name) {
        new ArgParser(name, a, k).noKeywords().between(2, 3);
        PyStr self = str(a);
        int width = ArgParser.toInt(a[1]);
        String fill = " ";
        if (a.length > 2) {
            if (!(a[2] instanceof PyStr f) || f.length() != 1) {
                throw Errors.type("The fill character must be exactly one character long");
            }
            fill = f.value;
        }
        int n = self.length();
        if (width <= n) return vm.heap.newRef(a[0]);
        int total = width - n;
        int left;
        switch (name) {
            case "ljust": left = 0; break;
            case "rjust": left = total; break;
            default: left = total / 2 + (total & width & 1); break;
        }
        return new PyStr(fill.repeat(left) + self.value + fill.repeat(total - left));
    }

}
