package gilsim.sim;

import gilsim.vm.Interned;
import gilsim.vm.PyObject;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code %watch NAME ...}: follows the objects bound to watched names in the cell's namespace. A
 * name may be rebound during the run; each object it is bound to (up to {@link #MAX_PER_NAME}) gets
 * its own series. Looked up when the run starts and then every so often, between steps.
 */
final class Watcher {
    static final int MAX_PER_NAME = 4;

    private final Simulation sim;
    private final List<String> names;
    private final IdentityHashMap<PyObject, WatchSeries> watched = new IdentityHashMap<>();
    private final List<WatchSeries> series = new ArrayList<>();
    private final List<PyObject> objects = new ArrayList<>();
    private final int[] perName;

    Watcher(Simulation sim, List<String> names) {
        this.sim = sim;
        this.names = names;
        this.perName = new int[names.size()];
    }

    void refresh() {
        Interp in = sim.interps.get(0);
        for (int i = 0; i < names.size(); i++) {
            PyObject o = in.globals.getStr(Interned.str(names.get(i)));
            if (o == null || o.freed || watched.containsKey(o) || perName[i] >= MAX_PER_NAME) continue;
            perName[i]++;
            SimThread owner = sim.threads.isEmpty() ? null : sim.threads.get(0);
            ObjState st = sim.model.watch(o, owner, null);
            WatchSeries s = new WatchSeries(names.get(i), sim.namer.describe(o), sim.model.stored(st), st.trueCount);
            st.watch = s;
            watched.put(o, s);
            series.add(s);
            objects.add(o);
        }
    }

    /** The series, in the order the objects were first seen, with their counts at the end. */
    List<WatchData> snapshot() {
        List<WatchData> out = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            PyObject o = objects.get(i);
            long stored = sim.model.refcount(o);
            long trueCount = o.machineState instanceof ObjState st && st.run == sim.model.run ? st.trueCount : stored;
            out.add(series.get(i).snapshot(stored, trueCount));
        }
        return out;
    }
}
