package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gilsim.lang.Parser;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.compiler.Compiler;
import gilsim.render.ReportJson;
import gilsim.render.ReportText;
import gilsim.sim.settings.Settings;
import gilsim.vm.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Runs Python source through the machine and collects its output. Every run is done twice, each in
 * a fresh session, and the two must give byte-identical output and report JSON (the determinism
 * the issue asks of every behaviour test).
 */
final class Workloads {
    private Workloads() {}

    /** A run's result, everything it printed, and the SHA-256 of its report JSON. */
    record Run(RunResult result, String stdout, String stderr, String reportHash) {
        Figures total() { return result.total(); }

        double speedup() { return result.total().speedup(); }

        Figures thread(String name) {
            return result.threads().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /** Runs twice in fresh sessions; asserts both runs are byte-identical. */
    static Run run(String source, Settings settings) {
        Run a = once(new Session(), source, settings);
        Run b = once(new Session(), source, settings);
        assertEquals(a.reportHash(), b.reportHash(), "the same cell, settings and seed must give the same report");
        assertEquals(a.stdout() + a.stderr(), b.stdout() + b.stderr(), "the same cell must print the same");
        assertEquals(ReportText.render(a.result()), ReportText.render(b.result()));
        return a;
    }

    /** One run in the given session. */
    static Run once(Session session, String source, Settings settings) {
        CodeUnit code = compile(source);
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        RunResult r = Machine.run(session, code, source, settings,
                (stream, text) -> ("stdout".equals(stream) ? out : err).append(text));
        return new Run(r, out.toString(), err.toString(), sha256(ReportJson.render(r).toString()));
    }

    static CodeUnit compile(String source) {
        try {
            Parser.Analysis a = Parser.analyze(source);
            return Compiler.compileModule(a.module(), source, "<cell>", true);
        } catch (Exception e) {
            throw new IllegalArgumentException("does not compile: " + e, e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CPU-bound function over local ints, called with n. */
    static String countLoop(int n) {
        return "def work(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nwork(" + n + ")\n";
    }

    /** Settings with a switch interval shrunk together with the work (DESIGN.md §4, time scale). */
    static Settings base(int threads, long switchIntervalNs) {
        return Settings.defaults().withThreads(threads).withSwitchIntervalNs(switchIntervalNs);
    }
}
