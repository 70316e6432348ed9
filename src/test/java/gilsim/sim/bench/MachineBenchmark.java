package gilsim.sim.bench;

import gilsim.lang.Parser;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.compiler.Compiler;
import gilsim.sim.Machine;
import gilsim.sim.MachineListener;
import gilsim.sim.RunResult;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.Settings;
import gilsim.vm.Session;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulator's speed: real time to simulate {@code %threads 4} × a 1,000,000-iteration loop
 * under each of gil on, gil off + atomic, gil off + plain, and biased (3.14t), in simulated
 * instructions per real second (issue 4's bar: 20 M/s with 4 threads). Not a test: run with
 * {@code mvn -q -o test-compile exec:java}-free plain java:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) gilsim.sim.bench.MachineBenchmark [iterations] [threads]}.
 * Each configuration runs a warm-up and then the best of three is printed.
 */
public final class MachineBenchmark {
    private MachineBenchmark() {}

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String source = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nwork(" + iterations + ")\n";
        Parser.Analysis a = Parser.analyze(source);
        CodeUnit code = Compiler.compileModule(a.module(), source, "<bench>", false);
        Settings base = Settings.defaults().withThreads(threads)
                .withLimits(Settings.defaults().limits().with("instructions", "100G").with("seconds", "600"));
        Map<String, Settings> configs = new LinkedHashMap<>();
        configs.put("gil on", base);
        configs.put("gil off + atomic", base.withGil(GilMode.OFF).withRefcount(RefcountMode.ATOMIC));
        configs.put("gil off + plain", base.withGil(GilMode.OFF).withRefcount(RefcountMode.PLAIN));
        configs.put("biased (3.14t)", base.withPython(PythonPreset.V3_14T));
        System.out.printf("%%threads %d x a %,d-iteration loop (%s)%n", threads, iterations, Runtime.version());
        for (Map.Entry<String, Settings> e : configs.entrySet()) {
            double best = 0;
            RunResult last = null;
            for (int rep = 0; rep < 4; rep++) {
                Session session = new Session();
                long t0 = System.nanoTime();
                last = Machine.run(session, code, source, e.getValue(), MachineListener.SILENT);
                long t1 = System.nanoTime();
                double rate = last.total().instructions() / ((t1 - t0) / 1e9);
                if (rep > 0) best = Math.max(best, rate);
            }
            System.out.printf("%-18s %,14d instructions  %6.1f M instr/s  (status %s, simulated wall %.3f ms, speedup %.2f)%n",
                    e.getKey(), last.total().instructions(), best / 1e6, last.status(), last.total().wallNs() / 1e6,
                    last.total().speedup() == null ? Double.NaN : last.total().speedup());
        }
    }
}
