package gilsim.sim;

import gilsim.vm.BindingListener;
import gilsim.vm.Interned;
import gilsim.vm.PyDict;
import gilsim.vm.PyObject;
import gilsim.vm.PyStr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code %watch NAME ...}: follows the objects bound to watched names in the cell's namespace,
 * each in its own series (up to {@link #MAX_PER_NAME} per name).
 *
 * <p>Notes about the design. The names bound when the run starts are watched from time 0. A name
 * bound later in the run — first bound, or rebound to another object — has its new object watched
 * from that moment: the machine listens to the VM's STORE_NAME and STORE_GLOBAL in the namespace
 * ({@link BindingListener}, installed only while a watch list is non-empty), so the series starts at
 * the binding thread's clock and holds every count from the store on. The old object keeps its own
 * series. Bindings the listener does not see (a {@code globals()[...] = } store) are picked up when
 * the run loop looks the names up again, every so often between steps.
 */
final class Watcher implements BindingListener {
    static final int MAX_PER_NAME = 4;

    private final Simulation sim;
    private final List<String> names;
    private final PyDict globals;
    private final IdentityHashMap<PyObject, WatchSeries> watched = new IdentityHashMap<>();
    private final List<WatchSeries> series = new ArrayList<>();
    private final List<PyObject> objects = new ArrayList<>();
    private final int[] perName;

    Watcher(Simulation sim, List<String> names) {
        this.sim = sim;
        this.names = names;
        this.globals = sim.interps.get(0).globals;
        this.perName = new int[names.size()];
    }

    /** Looks every watched name up (at the start, and now and then during the run). */
    void refresh() {
        long now = sim.current != null ? sim.current.clock : sim.frontierPs;
        for (int i = 0; i < names.size(); i++) {
            watch(i, globals.getStr(Interned.str(names.get(i))), sim.current, now);
        }
    }

    @Override
    public void bound(PyDict namespace, PyStr name, PyObject value) {
        if (namespace != globals) return;
        int i = names.indexOf(name.value);
        SimThread t = sim.current;
        if (i >= 0 && t != null) watch(i, value, t, t.clock);
    }

    private void watch(int i, PyObject o, SimThread by, long atPs) {
        if (o == null || o.freed || watched.containsKey(o) || perName[i] >= MAX_PER_NAME) return;
        perName[i]++;
        SimThread owner = by != null ? by : sim.threads.isEmpty() ? null : sim.threads.get(0);
        ObjState st = sim.model.watch(o, owner, null);
        WatchSeries s = new WatchSeries(names.get(i), sim.namer.describe(o), atPs, sim.model.stored(st), st.trueCount);
        st.watch = s;
        watched.put(o, s);
        series.add(s);
        objects.add(o);
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
