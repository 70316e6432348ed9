package gilsim.vm.format;

import java.util.Random;

/** Moving text between Java and python3 in tests without encoding accidents. */
final class PyText {
    private PyText() {}

    /** A JSON string literal with every non-ASCII or control UTF-16 unit escaped (json.loads keeps lone surrogates). */
    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 32 && c < 127 && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }

    /** The UTF-16LE bytes of a string in hex, as Python's {@code s.encode('utf-16-le', 'surrogatepass').hex()}. */
    static String utf16Hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(String.format("%02x%02x", c & 0xFF, c >> 8));
        }
        return sb.toString();
    }

    /** Python helper source: {@code h(s)} gives {@link #utf16Hex}. */
    static final String PY_HELPERS = "import json, sys\n"
            + "def h(s): return s.encode('utf-16-le', 'surrogatepass').hex()\n";

    /** A random code point from a mix of ranges: ASCII, controls, Latin-1, BMP, astral, surrogates. */
    static int randomCodePoint(Random rnd) {
        switch (rnd.nextInt(8)) {
            case 0: case 1: case 2: return 32 + rnd.nextInt(95);
            case 3: return rnd.nextInt(32) + (rnd.nextBoolean() ? 0 : 0x7F);
            case 4: return 0x80 + rnd.nextInt(0x80);
            case 5: return 0x100 + rnd.nextInt(0xFF00);
            case 6: return 0x10000 + rnd.nextInt(0x100000);
            default: return 0xD800 + rnd.nextInt(0x800);
        }
    }
}
