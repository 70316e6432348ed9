package gilsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gilsim.lang.Parser;
import gilsim.lang.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * A syntax error in a %%python cell reads as python3's traceback.print_exception prints it (the
 * expected texts are python3.11.7's, through the %%python driver): carets over the whole range,
 * tabs kept in front of them, none when the column falls in the indentation.
 */
class SyntaxErrorTextTest {

    @Test
    void aOneCharacterErrorGetsOneCaret() {
        assertEquals("  File \"Cell In[1]\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n",
                textOf("x = = 1"));
    }

    @Test
    void aRangeIsMarkedWhole() {
        assertEquals("  File \"Cell In[1]\", line 1\n    f(x for x in y, 1)\n      ^^^^^^^^^^^^\n"
                + "SyntaxError: Generator expression must be parenthesized\n", textOf("f(x for x in y, 1)"));
        assertEquals("  File \"Cell In[1]\", line 1\n    print \"hi\"\n    ^^^^^^^^^^\n"
                + "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n", textOf("print \"hi\""));
    }

    @Test
    void tabsOfTheIndentationStayOnTheLineAndUnderIt() {
        assertEquals("  File \"Cell In[1]\", line 2\n    \tx = (1 +)\n    \t        ^\nSyntaxError: invalid syntax\n",
                textOf("if True:\n\tx = (1 +)"));
    }

    @Test
    void anErrorAtTheIndentationHasNoCaret() {
        assertEquals("  File \"Cell In[1]\", line 3\n    y = 2\nIndentationError: unexpected indent\n",
                textOf("def f():\n  return 1\n    y = 2"));
    }

    @Test
    void anUnclosedBracketIsMarkedWhereItOpens() {
        assertEquals("  File \"Cell In[1]\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
                textOf("x = (1,"));
    }

    private static String textOf(String cell) {
        try {
            Parser.analyze(cell);
        } catch (PySyntaxError e) {
            return ErrorFormatter.syntaxText(e.kind(), e.msg(), "Cell In[1]", e.pos().line(), e.pos().column(),
                    e.end() == null ? 0 : e.end().column(), e.lineText());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no syntax error in " + cell);
    }
}
