package gilsim.sim.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CPython versions a {@code %python} preset models, each with the settings FACTS.md §10 (version
 * table), §6 (immortal refcount values) and §7 (deferred counting) give it.
 *
 * <p>Deliberate simplifications: reference counts of ordinary objects stay 3.11's under every preset
 * (3.14's borrowed loads, {@code LOAD_FAST_BORROW}, are not modelled: FACTS.md §1), and the
 * free-threaded presets have the GIL off as they do by default (PYTHON_GIL=1 is {@code %gil on}).
 */
public enum PythonPreset {
    V2_7("2.7", GilMode.LEGACY, RefcountMode.PLAIN, false, DeferredMode.NONE, 0L, false,
            "Python 2.7: old GIL released every 100 ticks, plain counts, no immortal objects"),
    V3_11("3.11", GilMode.ON, RefcountMode.PLAIN, false, DeferredMode.NONE, 0L, false,
            "CPython 3.11: new GIL (5 ms switch interval), plain counts, no immortal objects"),
    /**
     * Interned strings: 3.12.0 made them immortal; gh-113993 made them mortal again and was
     * backported to 3.12 (PR #123065, Aug 2024). This preset models the 3.12 releases after that
     * backport (FACTS.md §6), as 3.13 does: only static strings stay immortal.
     */
    V3_12("3.12", GilMode.ON, RefcountMode.PLAIN, true, DeferredMode.NONE, Settings.IMMORTAL_REFCNT_UINT_MAX, false,
            "CPython 3.12: new GIL, plain counts, immortal objects (PEP 683), per-interpreter GIL in the C-API"),
    V3_13("3.13", GilMode.ON, RefcountMode.PLAIN, true, DeferredMode.NONE, Settings.IMMORTAL_REFCNT_UINT_MAX, false,
            "CPython 3.13: new GIL, plain counts, immortal objects"),
    V3_13T("3.13t", GilMode.OFF, RefcountMode.BIASED, true, DeferredMode.IMMORTALIZE_AT_FIRST_THREAD,
            Settings.IMMORTAL_REFCNT_UINT_MAX, true,
            "CPython 3.13t (experimental free-threading): no GIL, biased counts, immortal objects;"
                    + " functions, code, modules and classes become immortal when the first thread starts"),
    V3_14("3.14", GilMode.ON, RefcountMode.PLAIN, true, DeferredMode.NONE, Settings.IMMORTAL_REFCNT_3_14, false,
            "CPython 3.14: new GIL, plain counts, immortal objects, concurrent.interpreters (PEP 734)"),
    V3_14T("3.14t", GilMode.OFF, RefcountMode.BIASED, true, DeferredMode.DEFERRED, Settings.IMMORTAL_REFCNT_3_14, true,
            "CPython 3.14t (supported free-threading, PEP 779): no GIL, biased counts, immortal objects,"
                    + " deferred counting of functions, code, modules and classes");

    private final String label;
    private final GilMode gil;
    private final RefcountMode refcount;
    private final boolean immortal;
    private final DeferredMode deferred;
    private final long immortalRefcount;
    private final boolean internedStringsImmortal;
    private final String description;

    PythonPreset(String label, GilMode gil, RefcountMode refcount, boolean immortal, DeferredMode deferred,
                 long immortalRefcount, boolean internedStringsImmortal, String description) {
        this.label = label;
        this.gil = gil;
        this.refcount = refcount;
        this.immortal = immortal;
        this.deferred = deferred;
        this.immortalRefcount = immortalRefcount;
        this.internedStringsImmortal = internedStringsImmortal;
        this.description = description;
    }

    /** The version users type after {@code %python}, e.g. "3.13t". */
    public String label() { return label; }

    public GilMode gil() { return gil; }

    public RefcountMode refcount() { return refcount; }

    /** Whether the version has PEP 683 immortal objects (3.12+). */
    public boolean immortal() { return immortal; }

    public DeferredMode deferred() { return deferred; }

    /**
     * What {@code sys.getrefcount} reports for an immortal object in this version (FACTS.md §6),
     * or 0 for versions without immortal objects (2.7, 3.11).
     */
    public long immortalRefcount() { return immortalRefcount; }

    /**
     * Whether interned strings are immortal: free-threaded builds still immortalize them; default
     * builds keep only statically allocated strings immortal (gh-113993, FACTS.md §6).
     */
    public boolean internedStringsImmortal() { return internedStringsImmortal; }

    /**
     * The switch interval the version starts with: 5 ms ({@code DEFAULT_INTERVAL 5000} µs in
     * Python/ceval_gil.c). 2.7 has no switch interval (it switches on the check interval), so the
     * setting is kept at 5 ms and unused there.
     */
    public long switchIntervalNs() { return Settings.DEFAULT_SWITCH_INTERVAL_NS; }

    /** One line for tables and {@code %help python}. */
    public String description() { return description; }

    public static Optional<PythonPreset> fromLabel(String text) {
        return Arrays.stream(values()).filter(p -> p.label.equalsIgnoreCase(text.trim())).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(PythonPreset::label).toList();
    }

    @Override
    public String toString() { return label; }
}
