package gilsim.sim;

import gilsim.sim.settings.*;

public class Scratch {
    public static void main(String[] a) {
        String src = String.join("\n", a.length > 0 ? a[0].split("\\\\n") : new String[]{"print(1+1)", "x = [1,2]", "x"}) + "\n";
        Settings s = Settings.defaults();
        for (int i = 1; i < a.length; i++) {
            String[] kv = a[i].split("=");
            switch (kv[0]) {
                case "threads" -> s = s.withThreads(Integer.parseInt(kv[1]));
                case "cores" -> s = s.withCores(Integer.parseInt(kv[1]));
                case "gil" -> s = s.withGil(GilMode.fromLabel(kv[1]).get());
                case "refcount" -> s = s.withRefcount(RefcountMode.fromLabel(kv[1]).get());
                case "python" -> s = s.withPython(PythonPreset.fromLabel(kv[1]).get());
                case "si" -> s = s.withSwitchIntervalNs(Long.parseLong(kv[1]));
                case "seed" -> s = s.withSeed(Long.parseLong(kv[1]));
                case "immortal" -> s = s.withImmortal(Boolean.parseBoolean(kv[1]));
                case "watch" -> s = s.withWatch(java.util.List.of(kv[1].split(",")));
            }
        }
        long t0 = System.nanoTime();
        Workloads.Run r = Workloads.run(src, s);
        long t1 = System.nanoTime();
        System.out.print(r.stdout());
        System.out.print(r.stderr());
        RunResult res = r.result();
        System.out.println(gilsim.render.ReportText.render(res));
        if (System.getenv("JSON") != null) System.out.println(gilsim.render.ReportJson.render(res));
        System.out.println("status=" + res.status() + " repr=" + res.resultRepr() + " error=" + (res.error() == null ? null : res.error().text()));
        System.out.println("total=" + res.total());
        for (Figures f : res.threads()) System.out.println("  " + f);
        System.out.println("crash=" + res.crash());
        System.out.println("leaks=" + res.leaks() + " under=" + res.undercounts());
        for (WatchData w : res.watches()) System.out.println("watch " + w.name() + " " + w.object() + " ops=" + w.ops() + " lost=" + w.lostUpdates() + " end=" + w.endStored() + "/" + w.endTrue() + " pts=" + w.points().size());
        System.out.println("notes=" + res.notes());
        System.out.printf("real %.1f ms, %.1f M instr/s%n", (t1 - t0) / 1e6, res.total().instructions() / ((t1 - t0) / 1e3));
    }
}
