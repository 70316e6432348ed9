package gilsim.kernel.magic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MagicHelpTest {

    @Test
    void everyMagicHasHelpWithSyntax() {
        for (String name : Magics.names()) {
            String help = Magics.help(name).orElseThrow(() -> new AssertionError(name));
            assertTrue(help.startsWith(name + " — "), help);
            assertTrue(help.contains("Syntax:"), name);
        }
    }

    @Test
    void everyLineMagicInTheRegistryIsNamedAndDocumented() {
        for (String name : Magics.lineNames()) assertTrue(Magics.names().contains("%" + name), name);
        for (CellMagicKind kind : CellMagicKind.values()) {
            assertTrue(Magics.names().contains("%%" + kind.magicName()), kind.magicName());
        }
        assertEquals(Magics.lineNames().size() + CellMagicKind.values().length, Magics.names().size());
    }

    @Test
    void settingMagicsSayWhatTheyModelWithValuesAndDefault() {
        for (String name : List.of("%threads", "%cores", "%gil", "%refcount", "%immortal", "%python",
                "%switchinterval", "%seed", "%cost", "%watch", "%timeline", "%report", "%limit")) {
            String help = Magics.help(name).orElseThrow();
            assertTrue(help.contains("Values:"), name);
            assertTrue(help.contains("Default:"), name);
        }
        for (String name : List.of("%threads", "%cores", "%gil", "%refcount", "%immortal", "%python",
                "%switchinterval", "%seed", "%cost", "%watch", "%limit", "%%compare", "%%python")) {
            assertTrue(Magics.help(name).orElseThrow().contains("Models:"), name);
        }
    }

    @Test
    void helpCitesTheFacts() {
        assertTrue(Magics.help("gil").orElseThrow().contains("FACTS §2"));
        assertTrue(Magics.help("%gil").orElseThrow().contains("PEP 684 depends on PEP 683"));
        assertTrue(Magics.help("refcount").orElseThrow().contains("Greg Stein"));
        assertTrue(Magics.help("immortal").orElseThrow().contains("4294967295"));
        assertTrue(Magics.help("python").orElseThrow().contains("3.14t"));
    }

    @Test
    void bareNamesFindLineMagicsFirstThenCellMagics() {
        assertTrue(Magics.help("python").orElseThrow().startsWith("%python — "));
        assertTrue(Magics.help("%%python").orElseThrow().startsWith("%%python — "));
        assertTrue(Magics.help("compare").orElseThrow().startsWith("%%compare — "));
        assertTrue(Magics.help("nonsense").isEmpty());
        assertTrue(Magics.help("%%threads").isEmpty());
    }

    @Test
    void plannedMagicsSaySo() {
        assertTrue(Magics.help("heap").orElseThrow().contains("PLANNED"));
        assertTrue(Magics.help("%%steps").orElseThrow().contains("PLANNED"));
    }

    @Test
    void closeMatchesUseEditDistanceWithSwaps() {
        assertEquals(1, CloseMatches.distance("thread", "threads"));
        assertEquals(1, CloseMatches.distance("gli", "gil"));
        assertEquals(List.of("threads"), CloseMatches.among("thread", Magics.lineNames()));
        assertEquals("switchinterval", CloseMatches.among("switch", Magics.lineNames()).get(0));
        assertEquals(List.of(), CloseMatches.among("banana", Magics.lineNames()));
    }
}
