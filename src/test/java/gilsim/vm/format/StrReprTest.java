package gilsim.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrReprTest {

    @Test
    void quotesAreSingleUnlessTheTextHasOnlySingleQuotes() {
        assertEquals("'abc'", StrRepr.repr("abc"));
        assertEquals("\"it's\"", StrRepr.repr("it's"));
        assertEquals("'say \"hi\"'", StrRepr.repr("say \"hi\""));
        assertEquals("'it\\'s \"x\"'", StrRepr.repr("it's \"x\""));
    }

    @Test
    void controlAndNonPrintableCharactersAreEscaped() {
        assertEquals("'a\\nb\\tc\\r\\\\ \\x00\\x7f'", StrRepr.repr("a\nb\tc\r\\ \0\u007f"));
        assertEquals("'caf\u00e9 \\xa0 \\u200b \u4e2d \\ud800 \uD83D\uDE00'",
                StrRepr.repr("caf\u00e9 \u00a0 \u200b \u4e2d \ud800 \uD83D\uDE00"));
        assertEquals("'\\U000e0001'", StrRepr.repr(new String(Character.toChars(0xE0001))));
        assertEquals("'caf\\xe9 \\U0001f600'", StrRepr.ascii("caf\u00e9 \uD83D\uDE00"));
    }

    @Test
    void randomStringsHaveThePythonRepr() {
        Python311.assumeAvailable();
        Random rnd = new Random(3);
        List<String> in = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(12);
            for (int k = 0; k < n; k++) {
                int r = rnd.nextInt(10);
                if (r == 0) {
                    sb.append('\'');
                } else if (r == 1) {
                    sb.append('"');
                } else {
                    sb.appendCodePoint(PyText.randomCodePoint(rnd));
                }
            }
            String s = sb.toString();
            in.add(PyText.json(s));
            expected.add(PyText.utf16Hex(StrRepr.repr(s)) + " " + PyText.utf16Hex(StrRepr.ascii(s)));
        }
        String script = PyText.PY_HELPERS
                + "for line in sys.stdin:\n"
                + "    s = json.loads(line)\n"
                + "    print(h(repr(s)), h(ascii(s)))\n";
        List<String> out = Python311.run(script, String.join("\n", in) + "\n");
        for (int i = 0; i < in.size(); i++) {
            assertEquals(out.get(i), expected.get(i), in.get(i));
        }
    }
}
