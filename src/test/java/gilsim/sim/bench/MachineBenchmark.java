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
        singleThread(code, source, base.withThreads(1));
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

    /** One thread: the machine against the VM's own sequential host (the language's speed bar). */
    private static void singleThread(CodeUnit code, String source, Settings settings) {
        double machine = 0;
        double sequential = 0;
        for (int rep = 0; rep < 4; rep++) {
            Session a = new Session();
            long t0 = System.nanoTime();
            long n = a.runCell(code, source, new gilsim.vm.OutputSink() {
                @Override public void stdout(String text) {}

                @Override public void stderr(String text) {}
            }).instructions();
            long t1 = System.nanoTime();
            RunResult r = Machine.run(new Session(), code, source, settings, MachineListener.SILENT);
            long t2 = System.nanoTime();
            if (rep > 0) {
                sequential = Math.max(sequential, n / ((t1 - t0) / 1e9));
                machine = Math.max(machine, r.total().instructions() / ((t2 - t1) / 1e9));
            }
        }
        System.out.printf("%-18s %6.1f M instr/s on the machine, %6.1f M instr/s on the VM's sequential host%n",
                "1 thread", machine / 1e6, sequential / 1e6);
    }
}
