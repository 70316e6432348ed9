package gilsim.kernel.magic;

import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareSpecTest {
    private static final Settings BASE = Settings.defaults().withThreads(4);

    private static String error(String args) {
        return assertThrows(MagicException.class, () -> CompareSpec.parse(args, BASE)).getMessage();
    }

    @Test
    void combinationsAreTheProductWithTheLastKeyFastest() throws MagicException {
        CompareSpec spec = CompareSpec.parse("gil=on,off refcount=plain,atomic,biased", BASE);
        assertEquals(List.of("gil", "refcount"), spec.keys());
        assertEquals(6, spec.combinations().size());
        assertEquals(List.of(GilMode.ON, GilMode.ON, GilMode.ON, GilMode.OFF, GilMode.OFF, GilMode.OFF),
                spec.combinations().stream().map(Settings::gil).toList());
        assertEquals(List.of(RefcountMode.PLAIN, RefcountMode.ATOMIC, RefcountMode.BIASED,
                        RefcountMode.PLAIN, RefcountMode.ATOMIC, RefcountMode.BIASED),
                spec.combinations().stream().map(Settings::refcount).toList());
        assertEquals(Map.of("gil", "off", "refcount", "atomic"), spec.choices().get(4));
        assertEquals(List.of("gil", "refcount"), spec.varyingKeys());
    }

    @Test
    void settingsNotNamedComeFromTheSessionWhichStaysUnchanged() throws MagicException {
        Settings before = BASE;
        CompareSpec spec = CompareSpec.parse("cores=1,2,4", BASE);
        assertEquals(List.of(1, 2, 4), spec.combinations().stream().map(Settings::cores).toList());
        assertTrue(spec.combinations().stream().allMatch(s -> s.threads() == 4));
        assertEquals(before, BASE);
        assertEquals(4, BASE.cores());
    }

    @Test
    void everyKeyIsReadByItsMagicsParser() throws MagicException {
        CompareSpec spec = CompareSpec.parse(
                "threads=1,2 cores=2 gil=legacy immortal=on python=3.12 switchinterval=5ms,0.001", BASE);
        assertEquals(4, spec.combinations().size());
        Settings last = spec.combinations().get(3);
        assertEquals(2, last.threads());
        assertEquals(PythonPreset.V3_12, last.python());
        assertEquals(1_000_000, last.switchIntervalNs());
        assertEquals(List.of("threads", "switchinterval"), spec.varyingKeys());
        assertEquals(List.of("5 ms", "1 ms"), spec.values().get(5));
    }

    @Test
    void keysApplyInTheOrderWritten() throws MagicException {
        CompareSpec presetFirst = CompareSpec.parse("python=3.11,3.14t gil=off", BASE);
        assertTrue(presetFirst.combinations().stream().allMatch(s -> s.gil() == GilMode.OFF));
        CompareSpec presetLast = CompareSpec.parse("gil=off python=3.11,3.14t", BASE);
        assertEquals(List.of(GilMode.ON, GilMode.OFF), presetLast.combinations().stream().map(Settings::gil).toList());
    }

    @Test
    void spacesAroundEqualsAndCommasAreAllowed() throws MagicException {
        assertEquals(2, CompareSpec.parse("gil = on, off", BASE).combinations().size());
    }

    @Test
    void tooManyCombinationsIsAClearError() {
        String message = error("threads=1,2,3,4 cores=1,2,3,4 gil=on,off,legacy,per-interpreter refcount=plain,atomic");
        assertTrue(message.contains("4 × 4 × 4 × 2 = 128 combinations, more than the limit of 64"), message);
        assertEquals(64, CompareSpec.MAX_COMBINATIONS);
    }

    @Test
    void badKeysAndValuesAreErrorsNamingWhatIsAllowed() {
        assertTrue(error("").contains("needs at least one key=v1,v2"));
        assertTrue(error("gill=on,off").contains("Did you mean gil?"));
        assertTrue(error("seed=1,2").contains("threads, cores, gil, refcount, immortal, python, switchinterval"));
        assertTrue(error("gil=on,maybe").startsWith("%%compare gil=: unknown mode 'maybe'"));
        assertTrue(error("threads=0,2").contains("from 1 to 64"));
        assertTrue(error("gil=on,on").contains("listed twice"));
        assertTrue(error("gil=on,").contains("empty"));
        assertTrue(error("gil").contains("expected key=value"));
        assertTrue(error("gil=on gil=off").contains("twice"));
        assertTrue(error("switchinterval=abc").contains("not a duration"));
    }

    @Test
    void impossibleCombinationIsNamed() {
        String message = error("gil=on,per-interpreter immortal=off");
        assertTrue(message.contains("gil=per-interpreter immortal=off is impossible"), message);
        assertTrue(message.contains("PEP 684 depends on PEP 683"), message);
    }

    @Test
    void pythonCellTakesAnOptionalTimeout() throws MagicException {
        assertEquals(null, PythonCellSpec.parse("").timeoutSeconds());
        assertEquals(60, PythonCellSpec.parse("").timeoutOr(60));
        assertEquals(2.5, PythonCellSpec.parse("timeout=2.5").timeoutOr(60));
        assertEquals(2.5, PythonCellSpec.parse("timeout=2.5").timeoutSeconds());
        assertEquals(30, PythonCellSpec.parse("timeout=30s").timeoutSeconds());
        assertThrows(MagicException.class, () -> PythonCellSpec.parse("timeout=0"));
        assertThrows(MagicException.class, () -> PythonCellSpec.parse("timeout=soon"));
        assertThrows(MagicException.class, () -> PythonCellSpec.parse("timeout=1000"));
        MagicException e = assertThrows(MagicException.class, () -> PythonCellSpec.parse("python=/usr/bin/python3"));
        assertTrue(e.getMessage().contains("timeout=SECONDS"), e.getMessage());
    }
}
