package gilsim.sim;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import gilsim.vm.Heap;
import gilsim.vm.HostSupport;
import gilsim.vm.PyModule;
import gilsim.vm.Session;
import gilsim.vm.Vm;
import java.util.ArrayList;
import java.util.List;

/**
 * The interpreters of a run: the session's own, or, under {@code %gil per-interpreter} with
 * {@code %threads N > 1}, one per thread (PEP 684), each a new VM whose {@code __main__} starts as
 * a deep copy of the session's namespace ({@link NamespaceCopier}).
 */
final class Interpreters {
    final List<Interp> interps = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    static Interpreters build(Session session, Settings settings, CodeUnit code, String source) {
        Interpreters r = new Interpreters();
        Vm vm = session.vm();
        if (settings.gil() != GilMode.PER_INTERPRETER || settings.threads() == 1) {
            r.interps.add(new Interp(0, vm, session.globals()));
        } else {
            for (int i = 0; i < settings.threads(); i++) {
                Heap heap = new Heap();
                Vm sub = new Vm(heap, session.limits(), vm.out, vm.host);
                if (source != null) sub.sources.register(code.filename(), source);
                PyModule main = new PyModule(sub, "__main__", false);
                NamespaceCopier.copy(session.globals(), vm.builtins, main.dict, sub.builtins, heap);
                r.interps.add(new Interp(i, sub, main.dict));
            }
            HostSupport.makeCurrent(vm);
            r.notes.add("per-interpreter GIL: each thread ran in its own interpreter, started from a copy of the"
                    + " namespace (as PEP 734's prepare_main passes it); what a thread changed stayed in its"
                    + " interpreter, and the session's namespace is unchanged.");
        }
        if (settings.gil() == GilMode.PER_INTERPRETER) {
            r.notes.add("a per-interpreter GIL needs immortal objects (PEP 684 depends on PEP 683): %immortal is on.");
        }
        return r;
    }
}
