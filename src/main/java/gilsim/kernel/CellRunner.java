package gilsim.kernel;

import gilsim.kernel.magic.CellMagic;
import gilsim.kernel.magic.CellMagicKind;
import gilsim.kernel.magic.CompareSpec;
import gilsim.kernel.magic.Magics;
import gilsim.kernel.magic.MagicException;
import gilsim.kernel.magic.ParsedCell;
import gilsim.kernel.magic.PythonCellSpec;
import gilsim.sim.settings.Settings;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;

/**
 * Runs the code part of a cell and its cell magic, and answers questions about the session's
 * namespace (completion, inspection). It owns the interrupt flag that Kernel > Interrupt sets.
 */
final class CellRunner {
    /** Test hooks (GILSIM_TEST_HOOKS=1) add %%block, which waits until interrupted. */
    private static final boolean TEST_HOOKS = "1".equals(System.getenv("GILSIM_TEST_HOOKS"));
    private static final long BLOCK_LIMIT_MS = 60_000;

    private final Object interruptLock = new Object();
    private volatile boolean interruptRequested;
    private DisplayData result;

    void clearInterrupt() {
        interruptRequested = false;
    }

    void interrupt() {
        synchronized (interruptLock) {
            interruptRequested = true;
            interruptLock.notifyAll();
        }
    }

    void reset() {
        result = null;
    }

    DisplayData takeResult() {
        DisplayData taken = result;
        result = null;
        return taken;
    }

    /** Runs the cell's cell magic or code; null when it succeeded. */
    KernelError run(ParsedCell cell, Settings settings, OutputChannel out) {
        CellMagic magic = cell.cellMagic();
        if (magic != null) return runCellMagic(magic, settings, out);
        if (cell.code().isBlank()) return null;
        return ErrorFormatter.usage("NotImplementedError",
                "Python code runs in gilsim once the language lands (issue 3); this cell had magics only? Use %lsmagic.");
    }

    private KernelError runCellMagic(CellMagic magic, Settings settings, OutputChannel out) {
        if (TEST_HOOKS && magic.name().equals("block")) return block();
        try {
            CellMagicKind kind = Magics.resolveCell(magic.name());
            if (kind.planned()) {
                out.stream("stdout", kind.plannedMessage() + "\n");
                return null;
            }
            return switch (kind) {
                case COMPARE -> {
                    CompareSpec spec = CompareSpec.parse(magic.args(), settings);
                    yield ErrorFormatter.usage("NotImplementedError", "%%compare of " + spec.combinations().size()
                            + " combinations needs the simulated machine, which is not built yet.");
                }
                case PYTHON -> {
                    PythonCellSpec.parse(magic.args());
                    yield ErrorFormatter.usage("NotImplementedError", "%%python needs gilsim's Python, which is not built yet.");
                }
                case STEPS -> null;
            };
        } catch (MagicException e) {
            return ErrorFormatter.usage(e.ename(), e.getMessage());
        }
    }

    /** The test hook behind %%block: a run that really blocks until Kernel > Interrupt. */
    private KernelError block() {
        long deadline = System.currentTimeMillis() + BLOCK_LIMIT_MS;
        synchronized (interruptLock) {
            while (!interruptRequested) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) return ErrorFormatter.usage("TimeoutError", "%%block gave up after 60 s without an interrupt");
                try {
                    interruptLock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return ErrorFormatter.interrupted("");
    }

    ReplacementOptions complete(String code, int cursor) {
        return new ReplacementOptions(List.of(), cursor, cursor);
    }

    String describe(String name) {
        return null;
    }

    String isComplete(ParsedCell cell) {
        return "complete";
    }
}
