package gilsim.render;

import gilsim.sim.Figures;
import gilsim.sim.RunResult;

import java.util.List;

/**
 * Which threads of a run did its work, for the ideal speedup and for per-thread speedups that
 * mean something. A cell that starts threads itself has a MainThread that only starts them and
 * waits in {@code join()}: counting it would promise an ideal of 3× for two workers, and its
 * speedup of 0.00× says nothing. Nor does a thread's speedup on a run so short that starting the
 * threads takes most of it (0.01× each).
 */
final class WorkShares {
    /**
     * A thread shares the work when its own work is at least this share of the busiest thread's;
     * a per-thread speedup is shown when the thread's own work is at least this share of the
     * run's wall time (its speedup is that share, at one-thread cost: DESIGN.md §4).
     */
    static final double SHARE = 0.05;

    private WorkShares() {}

    /** Whether {@code f} did at least {@link #SHARE} of the busiest thread's own work. */
    static boolean sharesTheWork(Figures f, List<Figures> threads) {
        long busiest = threads.stream().mapToLong(Figures::ownWorkNs).max().orElse(0);
        return busiest == 0 || f.ownWorkNs() >= SHARE * busiest;
    }

    /** The threads that did (almost) none of the work, in order. */
    static List<Figures> idle(List<Figures> threads) {
        return threads.stream().filter(f -> !sharesTheWork(f, threads)).toList();
    }

    /**
     * The ideal speedup: one × per thread that shared the work, at most one per core (threads
     * beyond the cores take turns).
     */
    static int ideal(RunResult r) {
        int working = r.threads().size() - idle(r.threads()).size();
        return Math.max(1, Math.min(working, r.settings().cores()));
    }

    /**
     * Whether a thread's speedup tells something: known, and its own work at least
     * {@link #SHARE} of the wall time. Below that the thread mostly started, waited for or joined
     * others, or the run was too short for its threads to pay off.
     */
    static boolean speedupMeaningful(Figures thread) {
        return thread.speedup() != null && thread.speedup() >= SHARE;
    }

    /** Whether any of the threads has a speedup that is known but says nothing. */
    static boolean anyNegligible(List<Figures> threads) {
        return threads.stream().anyMatch(f -> f.speedup() != null && !speedupMeaningful(f));
    }
}
