package gilsim.vm;

/** str helpers shared by opcodes and methods: indexing, slicing, ascii(). */
final class Strings {
    private Strings() {}

    /** s[i] for 0 <= i < len: one-character strings below 256 are shared, as CPython's latin-1 cache. */
    static PyObject charAt(Vm vm, PyStr s, int i) {
        int cp = s.codePointAt(i);
        return ofCodePoint(vm, cp);
    }

    static PyObject ofCodePoint(Vm vm, int cp) {
        if (cp < 256) {
            PyStr c = Interned.str(String.valueOf((char) cp));
            vm.heap.incref(c);
            return c;
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    static PyObject slice(Vm vm, PyStr s, PySlice sl) {
        int n = s.length();
        long[] ix = sl.indices(n);
        int start = (int) ix[0];
        int step = (int) ix[2];
        int len = (int) ix[3];
        if (step == 1) {
            if (len == n) return vm.heap.newRef(s);
            return new PyStr(s.substring(start, start + len));
        }
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0, k = start; i < len; i++, k += step) sb.appendCodePoint(s.codePointAt(k));
        return new PyStr(sb.toString());
    }

    /** ascii(): repr with non-ASCII escaped. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) sb.append((char) c);
            else if (c <= 0xff) sb.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        }
        return sb.toString();
    }
}
