package gilsim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Valid Python outside the subset: a message naming the construct and its line, never a crash. */
class UnsupportedFeatureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x = 1\\nmatch x:\\n    case 1:\\n        pass|`match` statements are not part of gilsim's Python (line 2)
            async def f():\\n    pass|`async def` functions are not part of gilsim's Python (line 1)
            def f():\\n    async for x in y:\\n        pass|`async for` loops are not part of gilsim's Python (line 2)
            def f():\\n    async with a:\\n        pass|`async with` statements are not part of gilsim's Python (line 2)
            def f():\\n    return await g()|`await` expressions are not part of gilsim's Python (line 2)
            if (n := 10) > 5:\\n    pass|assignment expressions (the walrus operator `:=`) are not part of gilsim's Python (line 1)
            def g():\\n    yield from range(3)|`yield from` is not part of gilsim's Python (line 2)
            z = 1 + 2j|imaginary numbers (complex literals such as `2j`) are not part of gilsim's Python (line 1)
            data = b'abc'|bytes literals (`b'...'`) are not part of gilsim's Python (line 1)
            class M(Base, metaclass=Meta):\\n    pass|class keyword arguments (such as `metaclass=`) are not part of gilsim's Python (line 1)
            from os import *|star imports (`from ... import *`) are not part of gilsim's Python (line 1)
            try:\\n    pass\\nexcept* ValueError:\\n    pass|`except*` clauses (exception groups) are not part of gilsim's Python (line 3)
            s = f'{await x}'|`await` expressions are not part of gilsim's Python (line 1)
            x = 1\\ny = 3j\\nz = b''|imaginary numbers (complex literals such as `3j`) are not part of gilsim's Python (line 2)
            """)
    void namesTheConstructAndLine(String source, String message) {
        UnsupportedFeatureError e = assertThrows(UnsupportedFeatureError.class,
                () -> Parser.parse(source.replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            match x:\\n    case 1:\\n        pass\\nx = = 1|invalid syntax
            z = 2j\\nreturn z|'return' outside function
            async def f():\\n    pass\\nnonlocal q|nonlocal declaration not allowed at module level
            """)
    void aSyntaxErrorCPythonWouldRaiseComesFirst(String source, String message) {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parse(source.replace("\\n", "\n")));
        assertEquals(message, e.msg());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            match = 1
            match(x)
            match.group(1)
            case = [1]
            print >> f, x
            exec('x = 1')
            def f(a: int) -> str:\\n    return str(a)
            @decorator\\ndef f():\\n    pass
            """)
    void lookalikesAreOrdinaryPython(String source) throws Exception {
        Parser.parse(source.replace("\\n", "\n"));
    }
}
