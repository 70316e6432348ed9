package gilsim.kernel.magic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellSplitterTest {

    @Test
    void lineMagicsAnywhereAreTakenOutAndTheirLinesBlanked() {
        ParsedCell p = CellSplitter.split("%threads 4\nx = 1\n%gil off\nprint(x)");
        assertEquals(List.of(new LineMagic("threads", "4", 1), new LineMagic("gil", "off", 3)), p.lineMagics());
        assertEquals("\nx = 1\n\nprint(x)", p.code());
        assertNull(p.cellMagic());
        assertTrue(p.hasCode());
    }

    @Test
    void magicWithoutArgumentsHasEmptyArgs() {
        assertEquals(List.of(new LineMagic("config", "", 1)), CellSplitter.split("%config").lineMagics());
    }

    @Test
    void indentedMagicLineIsAMagicAsInIPython() {
        assertEquals(List.of(new LineMagic("threads", "2", 1)), CellSplitter.split("   %threads 2").lineMagics());
    }

    @Test
    void trailingCommentIsNotPartOfTheArguments() {
        assertEquals("4", CellSplitter.split("%threads 4   # four threads").lineMagics().get(0).args());
    }

    @Test
    void percentInsideBracketsIsCode() {
        String cell = "x = (1,\n%threads 4\n)";
        ParsedCell p = CellSplitter.split(cell);
        assertEquals(List.of(), p.lineMagics());
        assertEquals(cell, p.code());
    }

    @Test
    void percentInsideTripleQuotedStringIsCode() {
        String cell = "s = \"\"\"\n%threads 4\n\"\"\"\n%gil off";
        ParsedCell p = CellSplitter.split(cell);
        assertEquals(List.of(new LineMagic("gil", "off", 4)), p.lineMagics());
        assertEquals("s = \"\"\"\n%threads 4\n\"\"\"\n", p.code());
    }

    @Test
    void percentInsideSingleQuotedTripleStringIsCode() {
        ParsedCell p = CellSplitter.split("s = '''a\n%threads 4\nb'''");
        assertEquals(List.of(), p.lineMagics());
    }

    @Test
    void percentAfterBackslashContinuationIsCode() {
        ParsedCell p = CellSplitter.split("x = 1 + \\\n%threads 4");
        assertEquals(List.of(), p.lineMagics());
    }

    @Test
    void percentAfterStringWithEscapedNewlineIsCode() {
        ParsedCell p = CellSplitter.split("s = 'abc\\\n%threads 4'");
        assertEquals(List.of(), p.lineMagics());
    }

    @Test
    void bracketsInStringsAndCommentsDoNotCount() {
        ParsedCell p = CellSplitter.split("s = '('  # (\nt = \"[\"\n%threads 2");
        assertEquals(List.of(new LineMagic("threads", "2", 3)), p.lineMagics());
    }

    @Test
    void escapedQuoteDoesNotEndAString() {
        ParsedCell p = CellSplitter.split("s = \"\"\"a\\\"\"\"\"\n%threads 2");
        assertEquals(1, p.lineMagics().size());
        ParsedCell raw = CellSplitter.split("s = r'\\'('\n%threads 2");
        assertEquals(1, raw.lineMagics().size());
    }

    @Test
    void unterminatedShortStringEndsAtTheLineEnd() {
        ParsedCell p = CellSplitter.split("s = 'oops\n%threads 2");
        assertEquals(List.of(new LineMagic("threads", "2", 2)), p.lineMagics());
    }

    @Test
    void magicAfterClosedBracketsIsAMagic() {
        ParsedCell p = CellSplitter.split("f(1,\n  2)\n%threads 3\n");
        assertEquals(List.of(new LineMagic("threads", "3", 3)), p.lineMagics());
        assertEquals("f(1,\n  2)\n\n", p.code());
    }

    @Test
    void moduloAtTheStartOfAContinuationLineIsCode() {
        ParsedCell p = CellSplitter.split("x = (10\n%3)");
        assertEquals(List.of(), p.lineMagics());
    }

    @Test
    void cellMagicTakesTheRestOfTheCellAsItsBody() {
        ParsedCell p = CellSplitter.split("%%compare gil=on,off  # compare\nx = 1\n%threads 4\nprint(x)");
        assertEquals(new CellMagic("compare", "gil=on,off", "x = 1\n%threads 4\nprint(x)", 2), p.cellMagic());
        assertEquals(List.of(), p.lineMagics());
        assertEquals("\nx = 1\n%threads 4\nprint(x)", p.code());
    }

    @Test
    void cellMagicMayFollowBlankLines() {
        ParsedCell p = CellSplitter.split("\n\n%%python\nprint(1)");
        assertEquals(new CellMagic("python", "", "print(1)", 4), p.cellMagic());
        assertEquals("\n\n\nprint(1)", p.code());
    }

    @Test
    void cellMagicBelowTheFirstLineIsReportedAsMisplaced() {
        ParsedCell p = CellSplitter.split("%threads 2\n%%compare gil=on,off\nx = 1");
        assertNull(p.cellMagic());
        assertEquals(List.of(new LineMagic("threads", "2", 1), new LineMagic("%compare", "gil=on,off", 2)),
                p.lineMagics());
    }

    @Test
    void emptyCellGivesNothing() {
        ParsedCell p = CellSplitter.split("");
        assertEquals(List.of(), p.lineMagics());
        assertNull(p.cellMagic());
        assertEquals("", p.code());
        assertFalse(p.hasCode());
        assertFalse(CellSplitter.split("  \n\n ").hasCode());
    }

    @Test
    void commentOnlyCellGivesBlankCode() {
        ParsedCell p = CellSplitter.split("# just a note\n   # another\n");
        assertEquals(List.of(), p.lineMagics());
        assertEquals("\n\n", p.code());
        assertFalse(p.hasCode());
    }

    @Test
    void magicsWithCommentsOnlyGiveBlankCode() {
        ParsedCell p = CellSplitter.split("%threads 2\n# comment");
        assertEquals(1, p.lineMagics().size());
        assertFalse(p.hasCode());
    }

    @Test
    void helpRequestsInEveryIPythonFormAreTakenOut() {
        ParsedCell p = CellSplitter.split("x?\n?y\nz??\n%gil?\n?%threads\n%%compare?\nobj.attr?\nprint(x)");
        assertEquals(List.of(
                new HelpRequest("x", false, 1),
                new HelpRequest("y", false, 2),
                new HelpRequest("z", false, 3),
                new HelpRequest("%gil", true, 4),
                new HelpRequest("%threads", true, 5),
                new HelpRequest("%%compare", true, 6),
                new HelpRequest("obj.attr", false, 7)), p.helpRequests());
        assertEquals(List.of(), p.lineMagics());
        assertNull(p.cellMagic());
        assertEquals("\n\n\n\n\n\n\nprint(x)", p.code());
    }

    @Test
    void questionMarkInsideAStringIsNotAHelpRequest() {
        ParsedCell p = CellSplitter.split("s = '''\nx?\n'''");
        assertEquals(List.of(), p.helpRequests());
    }

    @Test
    void crlfLineEndingsAreUnderstood() {
        ParsedCell p = CellSplitter.split("%threads 4\r\nx = 1\r\n");
        assertEquals(List.of(new LineMagic("threads", "4", 1)), p.lineMagics());
    }

    @Test
    void startsLogicalLineSkipsMagicLinesBeforeIt() {
        String[] lines = "%cost a=(\nx = [\n1]\ny".split("\n");
        assertTrue(CellSplitter.startsLogicalLine(lines, 1));
        assertFalse(CellSplitter.startsLogicalLine(lines, 2));
        assertTrue(CellSplitter.startsLogicalLine(lines, 3));
    }
}
