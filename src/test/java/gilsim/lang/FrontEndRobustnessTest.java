package gilsim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a learner types, the front end answers with a SyntaxError, an unsupported construct or
 * a tree: never a Java exception, a stack overflow or a hang.
 */
class FrontEndRobustnessTest {

    private static final String PROGRAM = """
            @decorator(1, key="v")
            def process(items: list, *, limit: int = 10) -> dict:
                result = {}
                for index, (name, value) in enumerate(items[1:limit:2]):
                    if 0 < value <= limit and name not in result:
                        result[name] = value if value % 2 == 0 else -value
                    elif value is not None:
                        continue
                else:
                    print(f"{len(result):>5d} items, {sum(result.values())!r}")
                while True:
                    try:
                        limit -= 1
                        assert limit > 0, 'done'
                    except (AssertionError, ValueError) as e:
                        break
                    finally:
                        del e
                return {k: v for k, v in sorted(result.items(), key=lambda kv: kv[1])}
            class Account(Base):
                def __init__(self, owner, balance=0, *args, **kw):
                    super().__init__()
                    self.owner, self.balance = owner, balance
                    x = [i * 2 for i in range(3) if i] + [*args]
                    s = 'it\\'s' + \"\"\"doc\"\"\" + r"\\d" + b'' if x else (1,)
            def gen():
                global total
                counter = 0
                def inc():
                    nonlocal counter
                    counter += 1
                    yield counter
                with open(f) as g, lock:
                    pass
            """;

    private static final String[] INSERTS = {"(", ")", "[", "]", "{", "}", ":", ",", "=", "*",
        "**", "if", "else", "lambda", "not", "'", "\"", "\"\"\"", "\\", "\n", "\n    ", "\t",
        "yield", "f'{", "}", "!r", "@", "->", "global x", "async", "await", "match", "0x",
        "1e", "é", "\uD83D\uDE00", ";", "#", ":=", "...", "$", "\f"};

    @Test
    void mutatedProgramsNeverCrashTheFrontEnd() {
        Random random = new Random(20240611);
        int syntaxErrors = 0;
        for (int i = 0; i < 500; i++) {
            String source = mutate(mutate(PROGRAM, random), random);
            long start = System.nanoTime();
            try {
                Parser.parse(source);
            } catch (PySyntaxError e) {
                syntaxErrors++;
                assertTrue(e.pos().line() >= 1, "line of " + e);
            } catch (UnsupportedFeatureError e) {
                assertTrue(e.getMessage().contains("not part of gilsim's Python"));
            } catch (RuntimeException | StackOverflowError e) {
                fail("crash on " + source.replace("\n", "\\n"), e);
            }
            CompletenessChecker.check(source);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 2000, ms + " ms for " + source.replace("\n", "\\n"));
        }
        assertTrue(syntaxErrors > 150, "mutations should mostly break the program");
    }

    private static String mutate(String s, Random random) {
        int at = random.nextInt(s.length());
        return switch (random.nextInt(3)) {
            case 0 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(3)));
            case 1 -> s.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + s.substring(at);
            default -> {
                int end = Math.min(s.length(), at + random.nextInt(12));
                yield s.substring(0, at) + s.substring(end) + s.substring(at, end);
            }
        };
    }

    @Test
    void deeplyNestedCellsFailLikeCPython() {
        String[] deep = {"-".repeat(5000) + "1", "not ".repeat(5000) + "x",
            "x" + "[0]".repeat(5000), "1" + "+1".repeat(20000), "f" + "()".repeat(5000),
            "lambda: ".repeat(3100) + "x", "a if b else ".repeat(3100) + "c"};
        for (String source : deep) {
            try {
                Parser.parse(source);
                fail("accepted " + source.substring(0, 20));
            } catch (PySyntaxError e) {
                assertEquals("RecursionError", e.kind());
                assertEquals("maximum recursion depth exceeded during compilation", e.msg());
            } catch (UnsupportedFeatureError e) {
                fail(e);
            }
        }
    }

    @Test
    void deepButReasonableNestingIsFine() throws Exception {
        Parser.parse("x = " + "(".repeat(100) + "1" + ")".repeat(100));
        Parser.parse("x = " + "-".repeat(1000) + "1");
        Parser.parse("x = 1" + " + 1".repeat(2000));
    }

    @Test
    void tooManyParenthesesIsCPythonsSyntaxError() {
        PySyntaxError e = org.junit.jupiter.api.Assertions.assertThrows(PySyntaxError.class,
                () -> Parser.parse("(".repeat(201) + ")".repeat(201)));
        assertEquals("too many nested parentheses", e.msg());
    }
}
