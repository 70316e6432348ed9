package gilsim.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gilsim.vm.CaretAnchors.Anchors;
import org.junit.jupiter.api.Test;

/**
 * Where the ^ goes inside a marked piece of a line. The expected offsets are CPython 3.11.7's
 * (checked against python3's output, both printers).
 */
class CaretAnchorsTest {

    @Test
    void aBinaryOperatorIsTheAnchor() {
        assertEquals(new Anchors(2, 3), CaretAnchors.interpreter("a + b"));
        assertEquals(new Anchors(2, 3), CaretAnchors.tracebackModule("a + b"));
    }

    @Test
    void aTwoCharacterOperatorIsAnchoredWhole() {
        assertEquals(new Anchors(2, 4), CaretAnchors.interpreter("1 // 0"));
        assertEquals(new Anchors(1, 3), CaretAnchors.tracebackModule("1//0"));
    }

    @Test
    void theClosingParenthesisOfTheLeftOperandIsSkipped() {
        assertEquals(new Anchors(10, 11), CaretAnchors.interpreter("( a   )   + b"));
        assertEquals(new Anchors(10, 11), CaretAnchors.tracebackModule("( a   )   + b"));
    }

    @Test
    void theModuleAlsoMarksTheCharacterAfterAnOperatorThatFollowsAParenthesis() {
        // "(a)+b": traceback.py takes ")+" for a two-character operator, then moves past ")".
        assertEquals(new Anchors(3, 4), CaretAnchors.interpreter("(a)+b"));
        assertEquals(new Anchors(3, 5), CaretAnchors.tracebackModule("(a)+b"));
    }

    @Test
    void theModuleCountsBytesAsCharactersAfterANonAsciiOperand() {
        // "é" is two bytes: traceback.py's ^ lands on the blank before "+", traceback.c's on "+".
        assertEquals(new Anchors(6, 7), CaretAnchors.interpreter("(\"é\") + a"));
        assertEquals(new Anchors(5, 6), CaretAnchors.tracebackModule("(\"é\") + a"));
    }

    @Test
    void aSubscriptsBracketsAndIndexAreTheAnchor() {
        assertEquals(new Anchors(14, 19), CaretAnchors.interpreter("some_dict['x']['y']"));
        assertEquals(new Anchors(14, 19), CaretAnchors.tracebackModule("some_dict['x']['y']"));
    }

    @Test
    void blanksAroundASubscriptsIndexStayInsideTheBrackets() {
        assertEquals(new Anchors(6, 15), CaretAnchors.interpreter("b     [    a  ]"));
        assertEquals(new Anchors(6, 15), CaretAnchors.tracebackModule("b     [    a  ]"));
    }

    @Test
    void callsAttributesComparisonsAndUnaryOperatorsHaveNoAnchors() {
        for (String piece : new String[] {"f(x)", "a.b", "a < b", "-a", "not a", "a and b"}) {
            assertNull(CaretAnchors.interpreter(piece), piece);
            assertNull(CaretAnchors.tracebackModule(piece), piece);
        }
    }

    @Test
    void aPieceThatIsNotOneExpressionHasNoAnchors() {
        for (String piece : new String[] {"x = a + b", "a +", "a + b; c", "d[k] += 1"}) {
            assertNull(CaretAnchors.interpreter(piece), piece);
            assertNull(CaretAnchors.tracebackModule(piece), piece);
        }
    }

    @Test
    void aPieceParsesAsAstParseDoesWithoutScopeChecks() {
        assertEquals(new Anchors(8, 9), CaretAnchors.interpreter("(yield) + 1"));
    }
}
