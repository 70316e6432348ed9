package gilsim.kernel.magic;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MagicCompleterTest {

    private static Completion at(String code) {
        return MagicCompleter.complete(code, code.codePointCount(0, code.length())).orElseThrow();
    }

    private static Optional<Completion> maybe(String code) {
        return MagicCompleter.complete(code, code.codePointCount(0, code.length()));
    }

    @Test
    void magicNameMatchesIncludeThePercentAndStartAtIt() {
        assertEquals(new Completion(List.of("%threads", "%timeline"), 0, 2), at("%t"));
        assertEquals(new Completion(List.of("%threads"), 0, 4), at("%thr"));
        assertEquals(new Completion(List.of("%%compare"), 0, 5), at("%%com"));
    }

    @Test
    void percentAloneOffersLineAndCellMagicsOnTheFirstLine() {
        List<String> matches = at("%").matches();
        assertTrue(matches.contains("%gil") && matches.contains("%%compare"), matches.toString());
        List<String> later = at("x = 1\n%").matches();
        assertTrue(later.contains("%gil") && !later.contains("%%compare"), later.toString());
    }

    @Test
    void argumentValuesComplete() {
        assertEquals(new Completion(List.of("on", "off"), 5, 6), at("%gil o"));
        assertEquals(List.of("3.11", "3.12", "3.13", "3.13t", "3.14", "3.14t"), at("%python 3.1").matches());
        assertEquals(List.of("plain", "locked", "global-lock", "atomic", "biased"), at("%refcount ").matches());
        assertEquals(List.of("summary"), at("%report s").matches());
        assertEquals(List.of("on", "off"), at("%immortal ").matches());
        assertEquals(List.of("off"), at("%watch o").matches());
    }

    @Test
    void keysAndTheirValuesComplete() {
        assertEquals(List.of("refcount_plain=", "refcount_atomic=", "refcount_contended="), at("%cost refcount_").matches());
        assertEquals(new Completion(List.of("depth="), 7, 9), at("%limit de"));
        assertEquals(List.of("gil="), at("%%compare g").matches());
        assertEquals(new Completion(List.of("on", "off"), 14, 15), at("%%compare gil=o"));
        assertEquals(new Completion(List.of("atomic"), 32, 33), at("%%compare gil=on refcount=plain,a"));
        assertEquals(List.of("3.14", "3.14t"), at("%%compare python=3.11,3.14").matches());
        assertEquals(List.of("timeout="), at("%%python t").matches());
    }

    @Test
    void positionsCountCodePointsNotUtf16Units() {
        String code = "s = '🐍'\n%gil o";
        assertEquals(14, code.codePointCount(0, code.length()));
        assertEquals(15, code.length());
        assertEquals(new Completion(List.of("on", "off"), 13, 14), at(code));
        String name = "x = '😀😀'\n%thr";
        assertEquals(new Completion(List.of("%threads"), 9, 13), at(name));
        String sameLine = "%gil o";
        String withEmojiCursor = "😀\n" + sameLine;
        assertEquals(new Completion(List.of("on", "off"), 7, 8),
                MagicCompleter.complete(withEmojiCursor + "\nx = '😀'", 8).orElseThrow());
    }

    @Test
    void cursorInTheMiddleOfTheCellCompletesThePartBeforeIt() {
        String code = "%gil o\nx = 1";
        assertEquals(new Completion(List.of("on", "off"), 5, 6), MagicCompleter.complete(code, 6).orElseThrow());
    }

    @Test
    void nothingOutsideMagics() {
        assertTrue(maybe("x = 1").isEmpty());
        assertTrue(maybe("x = (1,\n%thr").isEmpty());
        assertTrue(maybe("s = '''\n%thr").isEmpty());
        assertTrue(maybe("%%compare gil=on,off\n%thr").isEmpty());
        assertTrue(maybe("x = 1\n%%com").isEmpty());
        assertTrue(maybe("%threads ").isEmpty());
        assertTrue(maybe("%gil on o").isEmpty());
        assertTrue(maybe("%zzz").isEmpty());
    }

    @Test
    void helpCompletesMagicNames() {
        List<String> matches = at("%help c").matches();
        assertTrue(matches.containsAll(List.of("config", "cores", "cost", "compare")), matches.toString());
    }
}
