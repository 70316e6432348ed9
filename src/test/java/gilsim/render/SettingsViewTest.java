package gilsim.render;

import gilsim.sim.settings.CostModel;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Limits;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.Settings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsViewTest {

    private static void assertSanitizerSafe(String html) {
        assertFalse(html.contains("<style"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<svg"), html);
        assertFalse(html.contains("var(--"), html);
        assertFalse(html.matches("(?s).*style=\"[^\"]*(color|background)\\s*:.*"), "sets a colour: " + html);
        assertTrue(html.contains("<table"), html);
    }

    @Test
    void configHtmlIsTablesWithoutStylesScriptsOrColours() {
        Settings s = Settings.defaults().withGil(GilMode.OFF).withCosts(CostModel.defaults().with("mutex", 30));
        String html = SettingsView.configHtml(s);
        assertSanitizerSafe(html);
        assertSanitizerSafe(SettingsView.presetHtml(s));
        assertSanitizerSafe(SettingsView.presetTableHtml());
        assertEquals(html.split("<table", -1).length - 1, html.split("</table>", -1).length - 1);
    }

    @Test
    void changedSettingsAreMarkedInTextAndHtml() {
        Settings s = Settings.defaults().withPython(PythonPreset.V3_12).withGil(GilMode.OFF);
        String text = SettingsView.settingsText(s);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s*gil\\s+off \\*")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s*refcount\\s+plain")), text);
        assertTrue(text.contains("changed after the preset"), text);
        assertTrue(SettingsView.settingsHtml(s).contains("<b>off *</b>"));
        assertTrue(SettingsView.oneLine(s).contains("gil off*"), SettingsView.oneLine(s));
    }

    @Test
    void settingsTextIsAligned() {
        String text = SettingsView.settingsText(Settings.defaults());
        List<Integer> valueColumns = text.lines().skip(1)
                .map(l -> l.indexOf(l.substring(2).split("\\s{2,}")[1], 2)).toList();
        assertEquals(1, valueColumns.stream().distinct().count(), text);
    }

    @Test
    void costsShowEverySourceAndMarkChangedValues() {
        CostModel c = CostModel.defaults().with("gil_handoff", 20_000);
        String text = SettingsView.costsText(c);
        String html = SettingsView.costsHtml(c);
        for (var e : CostModel.entries()) {
            assertTrue(text.contains(e.name()) && text.contains(e.source()), e.name());
            assertTrue(html.contains(e.name()), e.name());
        }
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s*gil_handoff\\s+20 µs \\*\\s+.*\\(default 10 µs\\)")), text);
        assertTrue(html.contains("<b>20 µs *</b>"), html);
    }

    @Test
    void limitsShowValuesAndMarkChangedOnes() {
        Limits l = Limits.defaults().with("depth", "3000");
        String text = SettingsView.limitsText(l);
        assertTrue(text.lines().anyMatch(line -> line.matches("\\s*depth\\s+3000 \\*\\s+Python call depth.*")), text);
        assertTrue(text.contains("1MB"), text);
        assertTrue(SettingsView.limitsHtml(l).contains("<b>3000 *</b>"));
    }

    @Test
    void presetViewComparesThePresetWithTheCurrentSettings() {
        Settings s = Settings.defaults().withPython(PythonPreset.V3_14T).withGil(GilMode.ON);
        String text = SettingsView.presetText(s);
        assertTrue(text.startsWith("CPython 3.14t (supported free-threading"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s*gil\\s+off\\s+on \\*")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s*deferred\\s+deferred\\s+deferred")), text);
    }

    @Test
    void presetTableListsEveryVersion() {
        String text = SettingsView.presetTableText();
        for (PythonPreset p : PythonPreset.values()) assertTrue(text.contains(p.label()), p.label());
        assertTrue(text.contains("4294967295") && text.contains("3221225472"), text);
    }

    @Test
    void escapesHtml() {
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; &#39;", Html.esc("<a href=\"x\"> & '"));
    }

    @Test
    void doesNotDependOnTheKernel() throws IOException {
        String source = Files.readString(Path.of("src/main/java/gilsim/render/SettingsView.java"));
        assertFalse(source.contains("gilsim.kernel"));
    }
}
