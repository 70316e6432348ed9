package gilsim.render.bench;

import gilsim.lang.Parser;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.compiler.Compiler;
import gilsim.render.CompareHtml;
import gilsim.render.CompareJson;
import gilsim.render.CompareResult;
import gilsim.render.CompareText;
import gilsim.render.ReportHtml;
import gilsim.render.ReportJson;
import gilsim.render.ReportText;
import gilsim.sim.Machine;
import gilsim.sim.MachineListener;
import gilsim.sim.RunResult;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.ReportLevel;
import gilsim.sim.settings.Settings;
import gilsim.vm.Session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 5's benchmark: size of the report and time to render it (HTML, text and JSON) next to the
 * time to simulate, for the largest scenario: 8 threads × 10 M instructions with three watched
 * objects, and a {@code %%compare} of 24 combinations. Bars: report ≤ 150 KB, rendering under
 * 10 % of the run's time. Not a test:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) gilsim.render.bench.ReportBenchmark [iterations [dir]]}
 * (with a folder, the two HTML reports are written there)
 * (cp.txt from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class ReportBenchmark {
    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        // About 13 instructions per iteration: 770,000 iterations make 10 M instructions a thread.
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 770_000;
        java.nio.file.Path out = args.length > 1 ? java.nio.file.Path.of(args[1]) : null;
        String setup = "a = [1]\nb = {'k': 2}\nc = (3, 4)\n";
        String cell = "def work(n):\n    t = 0\n    for i in range(n):\n        x = a\n        y = b\n        z = c\n"
                + "        t += i\n    return t\nwork(" + iterations + ")\n";
        Settings big = Settings.defaults().withThreads(8).withGil(GilMode.OFF).withRefcount(RefcountMode.ATOMIC)
                .withWatch(List.of("a", "b", "c"))
                .withLimits(Settings.defaults().limits().with("instructions", "1G").with("seconds", "600"));
        Session session = new Session();
        Machine.run(session, compile(setup), setup, Settings.defaults(), MachineListener.SILENT);
        long t0 = System.nanoTime();
        RunResult r = Machine.run(session, compile(cell), cell, big, MachineListener.SILENT);
        long runNs = System.nanoTime() - t0;
        long renderNs = Long.MAX_VALUE;
        String html = "";
        for (int rep = 0; rep < 5; rep++) {
            long t1 = System.nanoTime();
            html = ReportHtml.render(r, ReportLevel.FULL);
            ReportText.render(r);
            ReportJson.render(r).toString();
            renderNs = Math.min(renderNs, System.nanoTime() - t1);
        }
        System.out.printf("8 threads, %,d instructions, 3 watched: run %.2f s, render (html+text+json) %.1f ms = %.2f%% "
                        + "of the run; HTML %,d bytes (status %s)%n", r.total().instructions(), runNs / 1e9,
                renderNs / 1e6, 100.0 * renderNs / runNs, html.getBytes(StandardCharsets.UTF_8).length, r.status());

        if (out != null) java.nio.file.Files.writeString(out.resolve("bench-8x10M.html"), html);
        String loop = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nwork(" + iterations / 10
                + ")\n";
        List<RunResult> runs = new ArrayList<>();
        long compareRunNs = 0;
        for (GilMode gil : List.of(GilMode.ON, GilMode.OFF)) {
            for (RefcountMode rc : List.of(RefcountMode.PLAIN, RefcountMode.ATOMIC, RefcountMode.BIASED)) {
                for (int n : List.of(1, 2, 4, 8)) {
                    long t2 = System.nanoTime();
                    runs.add(Machine.run(new Session(), compile(loop), loop, Settings.defaults().withGil(gil)
                            .withRefcount(rc).withThreads(n).withSwitchIntervalNs(100_000), MachineListener.SILENT));
                    compareRunNs += System.nanoTime() - t2;
                }
            }
        }
        CompareResult compare = CompareResult.of(List.of("gil", "refcount", "threads"), runs);
        long compareRenderNs = Long.MAX_VALUE;
        String compareHtml = "";
        for (int rep = 0; rep < 5; rep++) {
            long t3 = System.nanoTime();
            compareHtml = CompareHtml.render(compare);
            CompareText.render(compare);
            CompareJson.render(compare).toString();
            compareRenderNs = Math.min(compareRenderNs, System.nanoTime() - t3);
        }
        System.out.printf("%%%%compare of 24 combinations: runs %.2f s, render (html+text+json) %.1f ms = %.2f%%; "
                        + "HTML %,d bytes%n", compareRunNs / 1e9, compareRenderNs / 1e6,
                100.0 * compareRenderNs / compareRunNs, compareHtml.getBytes(StandardCharsets.UTF_8).length);
        if (out != null) java.nio.file.Files.writeString(out.resolve("bench-compare24.html"), compareHtml);
    }

    private static CodeUnit compile(String source) throws Exception {
        return Compiler.compileModule(Parser.analyze(source).module(), source, "<bench>", true);
    }
}
