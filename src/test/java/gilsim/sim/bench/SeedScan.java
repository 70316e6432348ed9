package gilsim.sim.bench;

import gilsim.lang.Parser;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.compiler.Compiler;
import gilsim.sim.Machine;
import gilsim.sim.MachineListener;
import gilsim.sim.RunResult;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;

/**
 * A lesson author's tool, not a test: what plain counts without a GIL do to a workload over a
 * range of seeds (lost updates, the crash kind and who freed, leaks), to pick the seed a notebook
 * shows. Usage: {@code SeedScan 'python source with \n for newlines' SEEDS [THREADS]}.
 */
public final class SeedScan {
    private SeedScan() {}

    public static void main(String[] a) {
        String src = a[0].replace("\\n", "\n") + "\n";
        int seeds = Integer.parseInt(a[1]);
        int threads = a.length > 2 ? Integer.parseInt(a[2]) : 4;
        for (int seed = 0; seed < seeds; seed++) {
            Settings s = Settings.defaults().withThreads(threads).withGil(GilMode.OFF).withSeed(seed);
            RunResult res = Machine.run(new gilsim.vm.Session(), compile(src), src, s, MachineListener.SILENT);
            System.out.printf("seed %2d: %-8s lost %5d crash %-15s freedBy %-4s leaks %d under %d  %s%n", seed, res.status(),
                    res.total().lostUpdates(), res.crash() == null ? "-" : res.crash().kind(),
                    res.crash() == null ? "-" : res.crash().freedBy(), res.leaks().size(), res.undercounts().size(),
                    res.leaks().isEmpty() ? "" : res.leaks().get(0));
        }
    }

    private static CodeUnit compile(String source) {
        try {
            return Compiler.compileModule(Parser.analyze(source).module(), source, "<cell>", true);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
