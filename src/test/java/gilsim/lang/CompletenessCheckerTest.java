package gilsim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gilsim.lang.CompletenessChecker.Completeness;
import gilsim.lang.CompletenessChecker.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * is_complete answers as IPython 8's TransformerManager.check_complete gives them for the same
 * cells (the expected column was produced by running it; indents as Jupyter sends them).
 */
class CompletenessCheckerTest {

    @ParameterizedTest(name = "[{0}] -> {1} ''{2}''")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            def f():|INCOMPLETE|4
            def f():\\n    x = 1|INCOMPLETE|4
            def f():\\n    x = 1\\n|COMPLETE|0
            def f():\\n    x = 1\\n\\n|COMPLETE|0
            x = (1,|INCOMPLETE|0
            x = 1|COMPLETE|0
            a b c|INVALID|0
            ``|COMPLETE|0
            if x:\\n    if y:|INCOMPLETE|8
            if x:\\n    if y:\\n        z|INCOMPLETE|8
            x = \\"\\"\\"abc|INCOMPLETE|0
            x = 1 \\\\|INCOMPLETE|0
            for i in range(3):\\n    print(i)\\n|COMPLETE|0
            class C:\\n    def m(self):\\n        pass\\n|COMPLETE|0
            x = [1,\\n  2|INCOMPLETE|2
            print(\\"hi\\")|COMPLETE|0
            %time x|COMPLETE|0
            %%time\\nx|INCOMPLETE|0
            %%time\\nx\\n\\n|COMPLETE|0
            x = )|INVALID|0
            return 1|INVALID|0
            async def f(): pass|COMPLETE|0
            def f():\\n  return 1\\n  |COMPLETE|0
            if x:\\n    pass\\nelse:|INCOMPLETE|4
            try:\\n    x\\n|INCOMPLETE|4
            x = 1\\n\\n|COMPLETE|0
            @dec|INCOMPLETE|0
            `  x = 1`|COMPLETE|0
            if True:\\n\\tx = 1|INCOMPLETE|4
            x = 1;|COMPLETE|0
            lambda:|INCOMPLETE|4
            def f(x,|INCOMPLETE|0
            if x:\\n  pass\\n  \\n|COMPLETE|0
            x = 1 # comment|COMPLETE|0
            `# comment only`|COMPLETE|0
            if x: pass|COMPLETE|0
            while x:\\n    pass\\n    \\n|COMPLETE|0
            import os|COMPLETE|0
            x = 09|INVALID|0
            s = \\"abc|INVALID|0
            if x:  # why|INCOMPLETE|4
            x?|COMPLETE|0
            """)
    void answersAsIPython(String cell, Status status, int indent) {
        String code = cell.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"")
                .replace("\\\\", "\\");
        Completeness c = CompletenessChecker.check(code);
        assertEquals(status, c.status(), "status");
        assertEquals(" ".repeat(indent), c.indent(), "indent");
    }

    @org.junit.jupiter.api.Test
    void warmUpRunsTheFrontEndWithoutThrowing() {
        Parser.warmUp();
        assertEquals(Status.COMPLETE, CompletenessChecker.check("x = 1\n").status());
    }
}
