package gilsim.render;

import gilsim.sim.settings.ReportLevel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the fixtures' reports as HTML fragments into a folder, for looking at them and for the
 * real-browser check (src/test/browser), which puts them into a notebook before the kernel can
 * make them: {@code java -cp target/classes:target/test-classes gilsim.render.ReportSamples DIR}.
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
        write(dir, "real-crash", ReportHtml.render(RealRuns.plainNoGilCrash(), ReportLevel.FULL));
        write(dir, "real-gil", ReportHtml.render(RealRuns.withGil(), ReportLevel.FULL));
        CompareResult compare = RealRuns.compare();
        write(dir, "real-compare", CompareHtml.render(compare));
        System.out.println(CompareText.render(compare));
    }

    private static void write(Path dir, String name, String html) throws IOException {
        Files.writeString(dir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
        System.out.println(name + ".html " + html.getBytes(StandardCharsets.UTF_8).length + " bytes");
    }
}
