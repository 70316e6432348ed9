package gilsim.sim;

import gilsim.sim.settings.*;

/** Dev tool: what plain counts without a GIL do to a workload over a range of seeds. */
public class SeedScan {
    public static void main(String[] a) {
        String src = a[0].replace("\\n", "\n") + "\n";
        int seeds = Integer.parseInt(a[1]);
        int threads = a.length > 2 ? Integer.parseInt(a[2]) : 4;
        for (int seed = 0; seed < seeds; seed++) {
            Settings s = Settings.defaults().withThreads(threads).withGil(GilMode.OFF).withSeed(seed);
            Workloads.Run r = Workloads.once(new gilsim.vm.Session(), src, s);
            RunResult res = r.result();
            System.out.printf("seed %2d: %-8s lost %5d crash %-15s freedBy %-4s leaks %d under %d  %s%n", seed, res.status(),
                    res.total().lostUpdates(), res.crash() == null ? "-" : res.crash().kind(),
                    res.crash() == null ? "-" : res.crash().freedBy(), res.leaks().size(), res.undercounts().size(),
                    res.leaks().isEmpty() ? "" : res.leaks().get(0));
        }
    }
}
