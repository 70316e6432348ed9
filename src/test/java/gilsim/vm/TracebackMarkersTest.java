package gilsim.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.lang.bytecode.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The frames of a traceback as CPython 3.11.7 prints them, markers included, for entries made by
 * hand (the differential corpus, programs/tracebacks/, runs whole programs). Expected texts are
 * python3's.
 */
class TracebackMarkersTest {
    private static final String FILE = "  File \"p.py\", line 1, in <module>\n";

    @Test
    void aSpanThatIsTheWholeLineIsNotMarked() {
        TracebackEntry e = entry("    value = compute()", true, new Position(1, 1, 4, 21));
        assertEquals(FILE + "    value = compute()\n", formatted(e, TracebackStyle.INTERPRETER));
        assertEquals(FILE + "    value = compute()\n", formatted(e, TracebackStyle.TRACEBACK_MODULE));
    }

    @Test
    void aPartOfTheLineIsMarkedWithCarets() {
        TracebackEntry e = entry("if True: raise ValueError(\"x\")", true, new Position(1, 1, 9, 30));
        String expected = FILE + "    if True: raise ValueError(\"x\")\n             ^^^^^^^^^^^^^^^^^^^^^\n";
        assertEquals(expected, formatted(e, TracebackStyle.INTERPRETER));
        assertEquals(expected, formatted(e, TracebackStyle.TRACEBACK_MODULE));
    }

    @Test
    void aWideCharacterTakesTwoColumns() {
        // "ｗｉｄｔｈ": five fullwidth letters, 15 bytes, 10 columns.
        TracebackEntry e = entry("x = 1; y = ｗｉｄｔｈ", true, new Position(1, 1, 11, 26));
        String expected = FILE + "    x = 1; y = ｗｉｄｔｈ\n               ^^^^^^^^^^\n";
        assertEquals(expected, formatted(e, TracebackStyle.INTERPRETER));
        assertEquals(expected, formatted(e, TracebackStyle.TRACEBACK_MODULE));
    }

    @Test
    void aSpanOverSeveralLinesIsMarkedToTheEndOfItsFirstLine() {
        TracebackEntry e = entry("    return (1 +", true, new Position(1, 2, 12, 11));
        String expected = FILE + "    return (1 +\n            ^^^\n";
        assertEquals(expected, formatted(e, TracebackStyle.INTERPRETER));
        assertEquals(expected, formatted(e, TracebackStyle.TRACEBACK_MODULE));
    }

    @Test
    void theInterpreterKeepsTrailingBlanksAndTheModuleStripsThem() {
        TracebackEntry e = entry("raise ValueError(\"x\")   ", true, new Position(1, 1, 0, 21));
        assertEquals(FILE + "    raise ValueError(\"x\")   \n    ^^^^^^^^^^^^^^^^^^^^^\n",
                formatted(e, TracebackStyle.INTERPRETER));
        assertEquals(FILE + "    raise ValueError(\"x\")\n", formatted(e, TracebackStyle.TRACEBACK_MODULE));
    }

    @Test
    void theModuleMovesTheMarkersOnALastLineWithoutALineEnd() {
        String line = "if items is not None: items[\"key\"]";
        Position p = new Position(1, 1, 22, 34);
        assertEquals(FILE + "    " + line + "\n                          ~~~~~^^^^^^^\n",
                formatted(entry(line, false, p), TracebackStyle.INTERPRETER));
        assertEquals(FILE + "    " + line + "\n                           ~~~~~^^^^^^^\n",
                formatted(entry(line, false, p), TracebackStyle.TRACEBACK_MODULE));
        assertEquals(FILE + "    " + line + "\n                          ~~~~~^^^^^^^\n",
                formatted(entry(line, true, p), TracebackStyle.TRACEBACK_MODULE));
    }

    @Test
    void withoutColumnsOnlyTheLineIsShown() {
        TracebackEntry e = entry("x = a + b", true, Position.lineOnly(1));
        assertEquals(FILE + "    x = a + b\n", formatted(e, TracebackStyle.INTERPRETER));
        assertEquals(FILE + "    x = a + b\n", formatted(e, TracebackStyle.TRACEBACK_MODULE));
    }

    @Test
    void aRunOfOneFrameIsCutAfterThree() {
        TracebackEntry e = new TracebackEntry("p.py", 2, "f", "    return f(n)", true, new Position(2, 2, 11, 15));
        String frame = "  File \"p.py\", line 2, in f\n    return f(n)\n           ^^^^\n";
        assertEquals(frame.repeat(3) + "  [Previous line repeated 2 more times]\n", format(Collections.nCopies(5, e),
                TracebackStyle.INTERPRETER));
        assertEquals(frame.repeat(3) + "  [Previous line repeated 1 more time]\n", format(Collections.nCopies(4, e),
                TracebackStyle.TRACEBACK_MODULE));
        assertEquals(frame.repeat(3), format(Collections.nCopies(3, e), TracebackStyle.INTERPRETER));
    }

    @Test
    void theInterpreterPrintsTheLastThousandFramesAndTheModuleAll() {
        List<TracebackEntry> entries = new ArrayList<>();
        for (int line = 1; line <= 1005; line++) {
            entries.add(new TracebackEntry("p.py", line, "f", null, true, Position.lineOnly(line)));
        }
        String interpreter = format(entries, TracebackStyle.INTERPRETER);
        assertTrue(interpreter.startsWith("  File \"p.py\", line 6, in f\n"), interpreter.substring(0, 40));
        assertEquals(1000, interpreter.split("\n").length);
        assertEquals(1005, format(entries, TracebackStyle.TRACEBACK_MODULE).split("\n").length);
    }

    private static TracebackEntry entry(String line, boolean ended, Position p) {
        return new TracebackEntry("p.py", 1, "<module>", line, ended, p);
    }

    private static String formatted(TracebackEntry e, TracebackStyle style) {
        return format(List.of(e), style);
    }

    private static String format(List<TracebackEntry> entries, TracebackStyle style) {
        StringBuilder sb = new StringBuilder();
        Tracebacks.formatEntries(entries, style, sb);
        return sb.toString();
    }
}
