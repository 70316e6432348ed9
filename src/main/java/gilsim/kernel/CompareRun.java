package gilsim.kernel;

import gilsim.kernel.magic.CompareSpec;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.render.CompareHtml;
import gilsim.render.CompareJson;
import gilsim.render.CompareResult;
import gilsim.render.CompareText;
import gilsim.render.ReportJson;
import gilsim.sim.Machine;
import gilsim.sim.MachineListener;
import gilsim.sim.RunResult;
import gilsim.sim.SessionSnapshot;
import gilsim.vm.RunOutcome;
import gilsim.vm.Session;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * {@code %%compare}: the body run once per combination of settings, each from the session as it
 * was before the cell (a snapshot put back after every run), so the session ends unchanged
 * (DESIGN §5). What the runs print is not shown: the comparison table is the answer.
 */
final class CompareRun {
    private final Session session;
    private final BooleanSupplier cancelled;
    private final Function<RunOutcome.PythonError, KernelError> interrupted;

    CompareRun(Session session, BooleanSupplier cancelled, Function<RunOutcome.PythonError, KernelError> interrupted) {
        this.session = session;
        this.cancelled = cancelled;
        this.interrupted = interrupted;
    }

    KernelError run(CompareSpec spec, CodeUnit unit, String source, OutputChannel out) {
        MachineListener listener = new MachineListener() {
            @Override public void output(String stream, String text) { }

            @Override public boolean cancelled() { return cancelled.getAsBoolean(); }
        };
        List<RunResult> results = new ArrayList<>();
        for (var settings : spec.combinations()) {
            SessionSnapshot before = SessionSnapshot.take(session);
            try {
                results.add(Machine.run(session, unit, source, settings, listener));
            } finally {
                before.restore();
            }
            if (cancelled.getAsBoolean()) {
                return interrupted.apply(null);
            }
        }
        CompareResult compare = CompareResult.of(spec.varyingKeys(), results);
        DisplayData data = new DisplayData(CompareText.render(compare));
        data.putHTML(CompareHtml.render(compare));
        data.putData(ReportJson.MIME, CompareJson.render(compare));
        out.display(data);
        return null;
    }
}
