package gilsim.vm;

import gilsim.lang.bytecode.CodeUnit;

/**
 * The benchmark: {@code for i in range(3_000_000): x = shared; total += i} at module
 * level, in a session (real seconds per run, after warm-up runs in the same JVM), beside
 * python3 running the same program. Run: {@code java -cp target/classes:target/test-classes
 * gilsim.vm.LoopBenchmark}.
 */
public final class LoopBenchmark {
    static final String PROGRAM = "shared = [1, 2, 3]\ntotal = 0\nfor i in range(3_000_000):\n    x = shared\n    total += i\n";

    private LoopBenchmark() {}

    /** Seconds of the best of {@code runs} runs (each in a fresh session, same JVM). */
    static double gilsimSeconds(int runs) throws Exception {
        CodeUnit unit = RunFile.compile(PROGRAM, "<bench>");
        OutputSink quiet = new OutputSink() {
            @Override public void stdout(String text) {}
            @Override public void stderr(String text) {}
        };
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            Session s = new Session();
            long t0 = System.nanoTime();
            RunOutcome r = s.runCell(unit, PROGRAM, quiet);
            long t1 = System.nanoTime();
            if (!r.ok()) throw new IllegalStateException(r.error().text());
            best = Math.min(best, (t1 - t0) / 1e9);
        }
        return best;
    }

    /** Seconds python3 takes for the loop (best of runs), or -1 without python3. */
    static double pythonSeconds(int runs) {
        String timed = "import time\nt0 = time.perf_counter()\n" + PROGRAM + "print(time.perf_counter() - t0)\n";
        double best = Double.MAX_VALUE;
        try {
            for (int i = 0; i < runs; i++) {
                Process p = new ProcessBuilder("python3", "-c", timed).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes()).trim();
                if (p.waitFor() != 0) return -1;
                best = Math.min(best, Double.parseDouble(out));
            }
        } catch (Exception e) {
            return -1;
        }
        return best;
    }

    public static void main(String[] args) throws Exception {
        double g = gilsimSeconds(8);
        double p = pythonSeconds(3);
        System.out.printf("gilsim %.3f s, python3 %.3f s, ratio %.2f%n", g, p, p > 0 ? g / p : Double.NaN);
    }
}
