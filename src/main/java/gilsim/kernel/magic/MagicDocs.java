package gilsim.kernel.magic;

import gilsim.sim.settings.CostModel;
import gilsim.sim.settings.Durations;
import gilsim.sim.settings.Limits;
import gilsim.sim.settings.PythonPreset;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The help of every magic, in one place so that the texts read alike. Facts are FACTS.md's; the
 * section numbers point there.
 */
final class MagicDocs {
    private MagicDocs() {}

    /** name with prefix → help, line magics first, then cell magics. */
    static final Map<String, MagicDoc> ALL = build();

    private static Map<String, MagicDoc> build() {
        Map<String, MagicDoc> docs = new LinkedHashMap<>();
        add(docs, new MagicDoc("%threads", "run the cell's code in N threads at once",
                "%threads N",
                "N from 1 to the thread limit (64; %limit threads=N raises it)",
                "1: the code runs in MainThread, as a script does",
                "N simulated threads named T0 ... T(N-1) run the cell's top-level code at the same time and share\n"
                        + "its globals, as N threading.Thread targets would. With N > 1 the report is the result\n"
                        + "(no execute_result) and prints appear in simulated-time order.",
                false));
        add(docs, new MagicDoc("%cores", "set the number of cores of the simulated machine",
                "%cores M",
                "M from 1 to 64",
                "4",
                "Runnable threads beyond the cores are time-sliced by a simulated OS scheduler (cost time_slice,\n"
                        + "3 ms as Linux CFS; each switch costs context_switch, 1-5 µs: FACTS §9). Cores matter\n"
                        + "without a GIL, under per-interpreter GILs, and for the Python 2 GIL's multicore\n"
                        + "\"GIL battle\" (Beazley 2009, FACTS §2).",
                false));
        add(docs, new MagicDoc("%gil", "choose the Global Interpreter Lock model",
                "%gil on|legacy|off|per-interpreter",
                "on              CPython 3.2+ GIL (Antoine Pitrou's \"new GIL\")\n"
                        + "legacy          Python 2 GIL: release and re-acquire every 100 ticks\n"
                        + "off             no GIL: free-threading (PEP 703)\n"
                        + "per-interpreter each thread in its own interpreter with its own GIL (PEP 684)",
                "on (the 3.11 preset; %python changes it)",
                "on: a waiting thread waits one switch interval (%switchinterval, 5 ms), then sets the drop\n"
                        + "  request; the holder notices it at its next eval-breaker check (function entry, loop\n"
                        + "  back-edge, after a call; never inside one long builtin call like sum(range(n))), drops\n"
                        + "  the GIL and waits until another thread has taken it (FORCE_SWITCHING; with several\n"
                        + "  waiters any may win). Blocking calls release it; coming back next to a CPU-bound\n"
                        + "  thread costs about one interval: the convoy effect (bpo-7946). FACTS §2.\n"
                        + "legacy: every 100 ticks the holder releases, signals a waiter (a system call) and\n"
                        + "  re-acquires at once; on several cores the woken waiter usually finds it taken again.\n"
                        + "  CPU-bound threads ran slower on two cores than one (Beazley 2009). FACTS §2.\n"
                        + "off: threads run truly in parallel; reference counts need %refcount atomic, locked,\n"
                        + "  global-lock or biased to stay correct. FACTS §4.\n"
                        + "per-interpreter: each thread starts from a deep copy of the session's namespace, as if\n"
                        + "  pickled through PEP 734's prepare_main; what it changes stays in its interpreter.\n"
                        + "  It turns %immortal on: interpreters share None, small ints and static types safely\n"
                        + "  only because those are immortal (PEP 684 depends on PEP 683). FACTS §8.",
                false));
        add(docs, new MagicDoc("%refcount", "choose how reference counts are updated",
                "%refcount plain|locked|global-lock|atomic|biased",
                "plain        non-atomic load, add, store: CPython's own Py_INCREF/Py_DECREF\n"
                        + "locked       a mutex around every count (one lock per object)\n"
                        + "global-lock  one lock for all counts\n"
                        + "atomic       atomic read-modify-write (LOCK XADD)\n"
                        + "biased       PEP 703 biased counting",
                "plain (3.11); biased under %python 3.13t and 3.14t",
                "plain: safe under a GIL. Without one, two threads that load the same count both store their\n"
                        + "  result and an update is lost. Py_DECREF frees when the value the thread computed is 0:\n"
                        + "  a lost increment frees too early (then a use-after-free), a lost decrement leaks, two\n"
                        + "  decrements computing 0 free twice. The simulator keeps the true count beside the\n"
                        + "  stored one and stops at a use-after-free or double free; real CPython might crash or\n"
                        + "  silently corrupt data. FACTS §4.\n"
                        + "locked: what removing the GIL \"naively\" takes: correct, a lock+unlock per operation,\n"
                        + "  contended locks make threads wait.\n"
                        + "global-lock: Greg Stein's 1996 free-threading patch on Linux (PEP 703): every refcount\n"
                        + "  operation in every thread serialises on one lock. FACTS §4.\n"
                        + "atomic: the Gilectomy's choice: correct, costlier, and far costlier when the line was\n"
                        + "  last written by another core, which shared objects (functions, code, None, small\n"
                        + "  ints, classes) always are. FACTS §4, §9.\n"
                        + "biased: the owner (allocating) thread updates a local count without atomics, others an\n"
                        + "  atomic shared count; a non-owner decref finding the shared count at 0 queues the\n"
                        + "  object to its owner; the owner's local count reaching 0 merges the counts. FACTS §5.",
                false));
        add(docs, new MagicDoc("%immortal", "turn PEP 683 immortal objects on or off",
                "%immortal on|off",
                "on, off",
                "off (3.11); on under %python 3.12 and later",
                "Immortal objects (None, True, False, small ints -5..256, static strings; interned strings\n"
                        + "too under the free-threaded presets, gh-113993) get no refcount traffic at all: never\n"
                        + "written, never freed. sys.getrefcount shows the version's immortal value: 4294967295\n"
                        + "(3.12, 3.13, 3.13t) or 3221225472 (3.14, 3.14t). Cannot be off under\n"
                        + "%gil per-interpreter (PEP 684 depends on PEP 683). FACTS §6, §8.",
                false));
        add(docs, new MagicDoc("%python", "set up everything as a CPython version has it",
                "%python VERSION\n%python          (alone: the preset's settings, the ones you changed marked)",
                Arrays.stream(PythonPreset.values())
                        .map(p -> String.format("%-6s %s", p.label(), p.description()))
                        .collect(Collectors.joining("\n")),
                "3.11",
                "Sets %gil, %refcount, %immortal and %switchinterval as the version's version table says\n"
                        + "(FACTS §10), and deferred counting: 3.14t skips refcounting of functions, code\n"
                        + "objects, modules and classes on the stack; 3.13t makes them immortal when the first\n"
                        + "extra thread starts (FACTS §7). A magic after a preset changes that setting only;\n"
                        + "%config and report headers mark it. Counts of ordinary objects stay 3.11's under every\n"
                        + "preset: 3.14's borrowed loads (LOAD_FAST_BORROW) are not modelled. The 3.12 preset is\n"
                        + "3.12 after the gh-113993 backport (interned strings mortal again, FACTS §6).",
                false));
        add(docs, new MagicDoc("%switchinterval", "set the GIL's switch interval",
                "%switchinterval T",
                "T in seconds as sys.setswitchinterval takes it (0.005), or with a unit: 5ms, 500us, 1000ns;\n"
                        + "from 1 µs to 60 s",
                "0.005 (5 ms)",
                "How long a thread waiting for the 3.2+ GIL waits before it sets the drop request\n"
                        + "(DEFAULT_INTERVAL 5000 µs in Python/ceval_gil.c; sys.getswitchinterval() is 0.005,\n"
                        + "FACTS §2). 5 ms is about 600,000 simulated instructions: lessons shrink the interval and\n"
                        + "the work together to keep runs short. The legacy GIL ignores it (100-tick check interval).",
                false));
        add(docs, new MagicDoc("%seed", "seed the simulator's timing jitter",
                "%seed N",
                "N a whole number from 0",
                "0",
                "Not a CPython setting: the simulator is deterministic (the same cell, settings and seed give\n"
                        + "byte-identical output), and the seed drives small jitter (per-core speed noise,\n"
                        + "scheduling ties) so that races differ between seeds the way real runs differ.",
                false));
        add(docs, new MagicDoc("%cost", "show or change the costs of the simulated machine",
                "%cost                     (alone: the table with defaults and sources)\n"
                        + "%cost name=value ...      (a number of nanoseconds: 8, 1.5; or with a unit: 10us, 3ms)\n"
                        + "%cost reset               (back to the defaults)",
                String.join(", ", CostModel.names()),
                "FACTS §9's recommended defaults, e.g. instruction 6 ns, refcount_atomic 6 ns,\n"
                        + "refcount_contended 60 ns, gil_handoff 10 µs",
                "Hardware and OS costs from FACTS §9: the 3.11 bytecode cost measured here, LOCK XADD (Agner\n"
                        + "Fog), cache-line transfers (Schweizer et al., PACT 2015), mutexes (Dean), context\n"
                        + "switches (Li et al., ExpCS 2007), wake-up latency. The [approximate] ones are orders\n"
                        + "of magnitude: change them to see how conclusions depend on them.",
                false));
        add(docs, new MagicDoc("%watch", "draw refcount timelines of named objects",
                "%watch NAME ...            (adds names)\n%watch                     (alone: lists them)\n"
                        + "%watch off                 (clears the list)",
                "Python names, at most 16",
                "none",
                "After each run the report draws, for the object each name is bound to, its stored and\n"
                        + "true reference count over time, with lost updates and frees marked: the race of\n"
                        + "FACTS §4 made visible.",
                false));
        add(docs, new MagicDoc("%timeline", "show or hide the GIL/thread timeline in reports",
                "%timeline on|off", "on, off", "on",
                "A row per thread: running with the GIL, waiting for it, blocked on I/O, running without a\n"
                        + "GIL, descheduled; GIL hand-offs marked.",
                false));
        add(docs, new MagicDoc("%report", "choose how much of the report is shown",
                "%report full|summary|off",
                "full     header, throughput table, timelines\n"
                        + "summary  header and throughput table\n"
                        + "off      no report (prints and errors still appear)",
                "full", "", false));
        add(docs, new MagicDoc("%limit", "show or change the safety limits of a run",
                "%limit                     (alone: shows them)\n%limit key=value ...\n"
                        + "%limit reset               (back to the defaults)",
                Limits.entries().stream().map(e -> String.format("%-12s %s", e.key(), e.meaning()))
                        .collect(Collectors.joining("\n")),
                "instructions=200000000 objects=5000000 threads=64 depth=1000 output=1MB seconds=60",
                "depth is CPython's recursion limit (sys.getrecursionlimit() is 1000): beyond it,\n"
                        + "RecursionError. The others keep every cell from hanging or exhausting the kernel;\n"
                        + "reaching one is an error that names it.",
                false));
        add(docs, new MagicDoc("%config", "show every setting",
                "%config", "", "",
                "Shows the settings, costs and limits as text and HTML, and as\n"
                        + "application/vnd.gilsim.settings+json (the report's settings plus cost and limit).",
                false));
        add(docs, new MagicDoc("%reset", "start afresh: empty namespace and heap, default settings",
                "%reset          (%reset -f is accepted too, as in IPython)", "", "",
                "Like restarting the interpreter: names, objects and the threading.Thread name counter\n"
                        + "go; the settings return to the 3.11 preset.",
                false));
        add(docs, new MagicDoc("%lsmagic", "list the magics", "%lsmagic", "", "", "", false));
        add(docs, new MagicDoc("%help", "show the help of a magic",
                "%help              (alone: every magic in one line each)\n%help NAME\n"
                        + "%NAME?  ?%NAME   (the same, in the pager)",
                "a magic name, with or without %", "", "", false));
        add(docs, new MagicDoc("%heap", "draw the heap after each run (planned)",
                "%heap [NAME ...]\n%heap off", "Python names", "off",
                "After each run, a diagram of names, objects, references and refcounts. Until it exists,\n"
                        + "%watch NAME shows a name's refcount timeline.",
                true));
        add(docs, new MagicDoc("%%compare", "run the cell under several settings and compare",
                "%%compare key=v1,v2 ...   (first line of the cell; the body below)",
                "keys: threads, cores, gil, refcount, immortal, python, switchinterval, with their magics'\n"
                        + "values; at most " + CompareSpec.MAX_COMBINATIONS + " combinations",
                "",
                "Runs the body once per combination (the product of the values), each from a copy of the\n"
                        + "session's namespace as it was before the cell, and leaves the session unchanged; then a\n"
                        + "throughput table and a scaling chart. Within a combination the keys apply in the\n"
                        + "order written, so write python= first: a preset resets gil, refcount, immortal and\n"
                        + "switchinterval.\n"
                        + "Example:  %%compare gil=on,off refcount=plain,atomic",
                false));
        add(docs, new MagicDoc("%%python", "run the cell in gilsim and in real python3, and compare their outputs",
                "%%python [timeout=SECONDS]   (first line of the cell; the body below)",
                "timeout from 0.1 to " + Durations.plain(PythonCellSpec.MAX_TIMEOUT_SECONDS) + " seconds of real time for python3",
                "the session's %limit seconds (60)",
                "Runs the body twice. In gilsim it runs as a normal cell, with the session's settings\n"
                        + "(%threads, %gil, ...): what it defines persists, a report is shown as usual. In real\n"
                        + "python3 (GILSIM_PYTHON3, else python3 on PATH; PYTHONHASHSEED=0) only the body runs, in\n"
                        + "a fresh process: it does not see the session's names, and nothing of it persists.\n"
                        + "Both outputs (prints, the final expression's repr, tracebacks) are shown side by side,\n"
                        + "with a line saying whether they are identical and the differing lines marked.\n"
                        + "An error in the body is part of the comparison: the cell itself succeeds.\n"
                        + "The subset must print what CPython 3.11 prints (DESIGN §3); tracebacks differ where\n"
                        + "CPython shows its own frames (threading.py) or ~^~ markers.",
                false));
        add(docs, new MagicDoc("%%steps", "run the body line by line, showing the heap (planned)",
                "%%steps", "", "",
                "Shows how each line changes names, objects and refcounts.", true));
        return Collections.unmodifiableMap(docs);
    }

    private static void add(Map<String, MagicDoc> docs, MagicDoc doc) {
        docs.put(doc.name(), doc);
    }
}
