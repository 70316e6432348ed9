package gilsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** %%python's side-by-side view of gilsim's and python3's output. */
class OutputComparisonTest {
    private static final String PY = "python3 3.11.7";
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

    /** The sign column of every row after the header, in order. */
    private static List<String> signs(String html) {
        Matcher m = ROW.matcher(html);
        List<String> signs = new java.util.ArrayList<>();
        m.find(); // header
        while (m.find()) {
            Matcher sign = Pattern.compile("<td style=\"text-align:center[^>]*>([^<]*)</td>").matcher(m.group(1));
            signs.add(sign.find() ? sign.group(1) : "?");
        }
        return signs;
    }

    @Test
    void identicalOutputsSayHowManyLinesTheyShare() {
        OutputComparison c = new OutputComparison("3\n[1, 2]\n", PY, "3\n[1, 2]\n", null);
        assertTrue(c.identical());
        assertEquals("Identical output: gilsim and python3 3.11.7 print the same 2 lines.", c.verdict());
        assertEquals(List.of("", ""), signs(c.html()));
        assertTrue(c.html().contains("<th style=\"text-align:left\">gilsim</th>"));
        assertTrue(c.html().contains("<th style=\"text-align:left\">python3 3.11.7</th>"));
    }

    @Test
    void aChangedLineIsMarkedAndTheLinesAroundItAreNot() {
        OutputComparison c = new OutputComparison("a\nrefs 3\nz\n", PY, "a\nrefs 2\nz\n", null);
        assertFalse(c.identical());
        assertTrue(c.verdict().startsWith("The outputs differ: 1 of 3 lines"), c.verdict());
        assertEquals(List.of("", "≠", ""), signs(c.html()));
        assertTrue(c.html().contains("background-color:rgba(213,94,0,0.25)"));
    }

    @Test
    void anExtraLineOnOneSideDoesNotMarkEveryLineBelowIt() {
        OutputComparison c = new OutputComparison("a\nb\nc\nd\n", PY, "a\nwarning\nb\nc\nd\n", null);
        assertEquals(List.of("", "▶", "", "", ""), signs(c.html()));
        OutputComparison other = new OutputComparison("a\nextra\nb\n", PY, "a\nb\n", null);
        assertEquals(List.of("", "◀", ""), signs(other.html()));
    }

    @Test
    void textShowsBothOutputsLabelledWithDifferingLinesMarked() {
        String text = new OutputComparison("x\n1\n", PY, "x\n2\n", null).text();
        assertEquals("%%python: The outputs differ: 1 of 2 lines (≠ changed, ◀ only in gilsim, ▶ only in python3 3.11.7).\n"
                + "--- gilsim ---\n  x\n! 1\n--- python3 3.11.7 ---\n  x\n! 2\n", text);
    }

    @Test
    void aMissingFinalNewlineIsTheOnlyDifferenceNamed() {
        OutputComparison c = new OutputComparison("a", PY, "a\n", null);
        assertFalse(c.identical());
        assertEquals("The outputs differ only in the newline at the end.", c.verdict());
    }

    @Test
    void withoutPython3TheProblemIsTheVerdictAndGilsimsOutputStillShows() {
        OutputComparison c = new OutputComparison("hello\n", "python3", null, "python3 not found on PATH.");
        assertFalse(c.identical());
        assertEquals("python3 not found on PATH.", c.verdict());
        assertTrue(c.html().contains("hello"));
        assertEquals("%%python: python3 not found on PATH.\n--- gilsim ---\n  hello\n", c.text());
    }

    @Test
    void aTimedOutRunShowsWhatItPrintedWithoutMarkingIt() {
        OutputComparison c = new OutputComparison("1\n2\n", PY, "1\n", "python3 timed out after 2 s.");
        assertEquals(List.of("", ""), signs(c.html()));
        assertTrue(c.text().contains("--- python3 3.11.7 ---\n  1\n"));
    }

    @Test
    void outputIsEscapedAndTheHtmlSurvivesJupyterLabsSanitizer() {
        String nasty = "<script>alert('x')</script> & \"q\"\n\n<img src=x onerror=y>\n";
        String html = new OutputComparison(nasty, PY, nasty + "Traceback (most recent call last):\n", null).html();
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"));
        assertEquals(List.of(), JupyterLabAllowList.removals(html));
    }

    @Test
    void aLongOutputIsCutInHtmlButNotInText() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < OutputComparison.MAX_HTML_ROWS + 50; i++) big.append(i).append('\n');
        OutputComparison c = new OutputComparison(big.toString(), PY, big.toString(), null);
        assertEquals(OutputComparison.MAX_HTML_ROWS, signs(c.html()).size());
        assertTrue(c.html().contains("50 more lines are not shown here"));
        assertTrue(c.text().contains("  " + (OutputComparison.MAX_HTML_ROWS + 49) + "\n"));
    }
}
