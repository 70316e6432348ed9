/**
 * The simulated machine (DESIGN.md §4, issue 4): threads on cores, four GIL models, five refcount
 * models, costs from FACTS.md, deterministic.
 *
 * <p>Entry point: {@link gilsim.sim.Machine#run} runs a cell's compiled code in a
 * {@link gilsim.vm.Session} under {@link gilsim.sim.settings.Settings} and returns a
 * {@link gilsim.sim.RunResult}; output, progress and cancellation go through a
 * {@link gilsim.sim.MachineListener}. {@link gilsim.sim.SessionSnapshot} puts a session back as it
 * was (crashed cells, {@code %%compare}).
 *
 * <p>How it is built:
 * <ul>
 * <li>{@link gilsim.sim.Simulation} — the discrete-event loop in picoseconds; each running thread
 *     has its own clock, timed things are {@link gilsim.sim.Event}s; it drives the VM through
 *     {@link gilsim.vm.Interpreter#run} in chunks, in fine steps when threads share objects.</li>
 * <li>{@link gilsim.sim.Cores} — the OS scheduler: cores, run queue, time slice, context switches.</li>
 * <li>{@link gilsim.sim.ThreadEvents} — starting, blocking (sleep, simio, locks, joins), ending.</li>
 * <li>GIL models ({@link gilsim.sim.GilModel}): {@link gilsim.sim.NewGil} (3.2+, ceval_gil.c),
 *     {@link gilsim.sim.LegacyGil} (Python 2), {@link gilsim.sim.NoGil}; per-interpreter GILs are
 *     one NewGil per {@link gilsim.sim.Interp}, each a VM with a copied namespace
 *     ({@link gilsim.sim.NamespaceCopier}).</li>
 * <li>Refcount models ({@link gilsim.sim.MachineRefcounts}, the VM's
 *     {@link gilsim.vm.RefcountModel}): {@link gilsim.sim.PlainCounts} (lost updates from
 *     overlapping load-store windows), {@link gilsim.sim.LockedCounts},
 *     {@link gilsim.sim.GlobalLockCounts}, {@link gilsim.sim.AtomicCounts} (cache-line ownership),
 *     {@link gilsim.sim.BiasedCounts} (PEP 703); immortal and deferred objects
 *     ({@link gilsim.sim.ObjectKinds}); frees, premature frees and crashes
 *     ({@link gilsim.sim.Crashes}).</li>
 * <li>The result: {@link gilsim.sim.Figures} per thread and in total, bounded traces
 *     ({@link gilsim.sim.Timeline}, {@link gilsim.sim.WatchSeries}); rendered by
 *     {@code gilsim.render.ReportJson} and {@code ReportText}.</li>
 * </ul>
 */
package gilsim.sim;
