package gilsim.vm.hashing;

/**
 * SipHash-1-3 with a zero key, as CPython 3.11 uses for str and bytes when PYTHONHASHSEED=0
 * (Python/pyhash.c: {@code siphash13}; a zero seed zeroes {@code _Py_HashSecret}).
 *
 * <p>CPython hashes the bytes of a str's internal representation, so the str entry points take
 * the Java string and feed the bytes of the matching representation (1, 2 or 4 bytes per code
 * point, little-endian) without building a byte array: hashing sits on the VM's hot path.
 */
public final class SipHash13 {
    private static final long K0 = 0L;
    private static final long K1 = 0L;

    private SipHash13() {}

    /** The 64-bit SipHash-1-3 of {@code length} bytes of {@code data} from {@code offset}. */
    public static long hash(byte[] data, int offset, int length) {
        State s = new State();
        int i = offset;
        int end = offset + length;
        while (end - i >= 8) {
            long m = (data[i] & 0xFFL)
                    | (data[i + 1] & 0xFFL) << 8
                    | (data[i + 2] & 0xFFL) << 16
                    | (data[i + 3] & 0xFFL) << 24
                    | (data[i + 4] & 0xFFL) << 32
                    | (data[i + 5] & 0xFFL) << 40
                    | (data[i + 6] & 0xFFL) << 48
                    | (data[i + 7] & 0xFFL) << 56;
            s.compress(m);
            i += 8;
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            tail |= (data[i] & 0xFFL) << shift;
        }
        return s.finish(tail, length);
    }

    /**
     * Hash of a string whose code points are all below 256, one byte each (CPython's
     * PyUnicode_1BYTE_KIND). The caller has checked the range.
     */
    public static long hashLatin1(CharSequence s) {
        int n = s.length();
        State st = new State();
        long word = 0;
        int filled = 0;
        for (int i = 0; i < n; i++) {
            word |= (long) (s.charAt(i) & 0xFF) << (filled << 3);
            if (++filled == 8) {
                st.compress(word);
                word = 0;
                filled = 0;
            }
        }
        return st.finish(word, n);
    }

    /**
     * Hash of a string of UTF-16 units with no surrogate pair, two bytes each, little-endian
     * (PyUnicode_2BYTE_KIND). A lone surrogate is a code point of its own, as in CPython.
     */
    public static long hashUcs2(CharSequence s) {
        int n = s.length();
        State st = new State();
        long word = 0;
        int filled = 0;
        for (int i = 0; i < n; i++) {
            word |= (long) s.charAt(i) << (filled << 4);
            if (++filled == 4) {
                st.compress(word);
                word = 0;
                filled = 0;
            }
        }
        return st.finish(word, 2L * n);
    }

    /** Hash of a string as code points of four bytes each, little-endian (PyUnicode_4BYTE_KIND). */
    public static long hashUcs4(CharSequence s) {
        int n = s.length();
        State st = new State();
        long word = 0;
        boolean half = false;
        long count = 0;
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            count++;
            if (!half) {
                word = cp & 0xFFFFFFFFL;
                half = true;
            } else {
                word |= (cp & 0xFFFFFFFFL) << 32;
                st.compress(word);
                word = 0;
                half = false;
            }
        }
        return st.finish(word, 4 * count);
    }

    /** The four SipHash lanes; one per call, small enough for the JIT to keep in registers. */
    private static final class State {
        long v0 = K0 ^ 0x736f6d6570736575L;
        long v1 = K1 ^ 0x646f72616e646f6dL;
        long v2 = K0 ^ 0x6c7967656e657261L;
        long v3 = K1 ^ 0x7465646279746573L;

        void compress(long m) {
            v3 ^= m;
            round();
            v0 ^= m;
        }

        /** Last block: the remaining bytes with the total length in the top byte, then finalise. */
        long finish(long tail, long totalBytes) {
            long b = (totalBytes << 56) | tail;
            v3 ^= b;
            round();
            v0 ^= b;
            v2 ^= 0xff;
            round();
            round();
            round();
            return (v0 ^ v1) ^ (v2 ^ v3);
        }

        private void round() {
            v0 += v1;
            v2 += v3;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1;
            v0 += v3;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
    }
}
