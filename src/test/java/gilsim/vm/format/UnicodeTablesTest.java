package gilsim.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnicodeTablesTest {
    /** Generates the tables; paste its output into UnicodeTables when python's Unicode changes. */
    static final String GENERATOR = String.join("\n",
            "import unicodedata",
            "def ranges(pred):",
            "    r = []; start = None",
            "    for c in range(0x110000):",
            "        p = pred(c)",
            "        if p and start is None: start = c",
            "        if not p and start is not None: r.append((start, c - 1)); start = None",
            "    if start is not None: r.append((start, 0x10FFFF))",
            "    return r",
            "np = ranges(lambda c: not chr(c).isprintable())",
            "sp = [c for c in range(0x110000) if chr(c).isspace()]",
            "dz = [c for c in range(0x110000) if chr(c).isdecimal() and unicodedata.decimal(chr(c)) == 0]",
            "print(' '.join('%x-%x' % r for r in np))",
            "print(' '.join('%x' % c for c in sp))",
            "print(' '.join('%x' % c for c in dz))",
            "print(unicodedata.unidata_version)");

    @Test
    void tablesAreThoseOfTheRunningPython() {
        Python311.assumeAvailable();
        List<String> out = Python311.run(GENERATOR, "");
        assertEquals(out.get(0), UnicodeTables.NONPRINTABLE_TEXT);
        assertEquals(out.get(1), UnicodeTables.SPACE_TEXT);
        assertEquals(out.get(2), UnicodeTables.DECIMAL_ZERO_TEXT);
        assertEquals(out.get(3), UnicodeTables.UNIDATA_VERSION);
    }

    @Test
    void lookupsReproduceTheTablesForEveryCodePoint() {
        List<String> ranges = new ArrayList<>();
        List<String> spaces = new ArrayList<>();
        List<String> zeros = new ArrayList<>();
        int start = -1;
        for (int c = 0; c <= 0x110000; c++) {
            boolean np = c < 0x110000 && !UnicodeTables.isPrintable(c);
            if (np && start < 0) {
                start = c;
            }
            if (!np && start >= 0) {
                ranges.add(Integer.toHexString(start) + "-" + Integer.toHexString(c - 1));
                start = -1;
            }
            if (c < 0x110000 && UnicodeTables.isSpace(c)) {
                spaces.add(Integer.toHexString(c));
            }
            if (c < 0x110000 && UnicodeTables.decimalValue(c) == 0) {
                zeros.add(Integer.toHexString(c));
            }
        }
        assertEquals(UnicodeTables.NONPRINTABLE_TEXT, String.join(" ", ranges));
        assertEquals(UnicodeTables.SPACE_TEXT, String.join(" ", spaces));
        assertEquals(UnicodeTables.DECIMAL_ZERO_TEXT, String.join(" ", zeros));
    }

    @Test
    void digitsOfOtherScriptsHaveTheirValue() {
        assertEquals(7, UnicodeTables.decimalValue(0x0667)); // ARABIC-INDIC DIGIT SEVEN
        assertEquals(3, UnicodeTables.decimalValue(0xFF13)); // FULLWIDTH DIGIT THREE
        assertEquals(-1, UnicodeTables.decimalValue(0x00B2)); // SUPERSCRIPT TWO is a digit, not decimal
        assertEquals(-1, UnicodeTables.decimalValue('a'));
        assertTrue(UnicodeTables.isSpace(0x3000));
        assertFalse(UnicodeTables.isSpace(0x200B));
        assertTrue(UnicodeTables.isPrintable(0xE9));
        assertFalse(UnicodeTables.isPrintable(0xA0));
        assertFalse(UnicodeTables.isPrintable(0xD800));
    }
}
