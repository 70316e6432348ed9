package gilsim.render;

import gilsim.sim.Figures;
import gilsim.sim.RunResult;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.ReportLevel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the fixtures' reports and those of real machine runs as HTML fragments into a folder, for
 * looking at them and for the real-browser check (src/test/browser), which puts the real ones into
 * a notebook (HTML, text and JSON, with the cell that makes them) when the kernel does not make
 * reports itself: {@code java -cp target/classes:target/test-classes gilsim.render.ReportSamples DIR}.
 */
public final class ReportSamples {
    private ReportSamples() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/report-samples");
        Files.createDirectories(dir);
        write(dir, "crash", ReportHtml.render(ReportFixtures.gilOffPlainCrash(), ReportLevel.FULL));
        write(dir, "gil-on", ReportHtml.render(ReportFixtures.gilOnFourThreads(), ReportLevel.FULL));
        write(dir, "huge", ReportHtml.render(ReportFixtures.huge(), ReportLevel.FULL));
        write(dir, "compare", CompareHtml.render(ReportFixtures.compare24()));
        List<Figures> widest = ReportFixtures.widestThreads();
        Figures widestTotal = Figures.sum("total", widest);
        write(dir, "widest-table", "<div style=\"max-width:940px;line-height:1.4\">"
                + ThroughputTable.html(widest, widestTotal, GilMode.LEGACY)
                + ThroughputTable.waitsHtml(widest, widestTotal, GilMode.LEGACY)
                + ThroughputTable.kindsHtml(widest, widestTotal) + "</div>");
        RunResult crash = RealRuns.plainNoGilCrash();
        write(dir, "real-crash", ReportHtml.render(crash, ReportLevel.FULL));
        Files.writeString(dir.resolve("real-crash.txt"), ReportText.render(crash), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("real-crash.json"), ReportJson.render(crash).toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("real-crash.cell"), RealRuns.plainNoGilCell(crash.settings().seed()),
                StandardCharsets.UTF_8);
        write(dir, "real-gil", ReportHtml.render(RealRuns.withGil(), ReportLevel.FULL));
        write(dir, "real-cores", ReportHtml.render(RealRuns.moreThreadsThanCores(), ReportLevel.FULL));
        write(dir, "real-legacy", ReportHtml.render(RealRuns.legacyGil(), ReportLevel.FULL));
        CompareResult compare = RealRuns.compare();
        write(dir, "real-compare", CompareHtml.render(compare));
        Files.writeString(dir.resolve("real-compare.txt"), CompareText.render(compare), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("real-compare.json"), CompareJson.render(compare).toString(),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("real-compare.cell"), RealRuns.COMPARE_CELL, StandardCharsets.UTF_8);
        CompareResult pythons = RealRuns.comparePythonsOnOneThread();
        write(dir, "real-pythons", CompareHtml.render(pythons));
        Files.writeString(dir.resolve("real-pythons.txt"), CompareText.render(pythons), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("real-pythons.json"), CompareJson.render(pythons).toString(),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("real-pythons.setup"), RealRuns.PRIVATE_WORK, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("real-pythons.cell"), RealRuns.PYTHONS_CELL, StandardCharsets.UTF_8);
    }

    private static void write(Path dir, String name, String html) throws IOException {
        Files.writeString(dir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
        System.out.println(name + ".html " + html.getBytes(StandardCharsets.UTF_8).length + " bytes");
    }
}
