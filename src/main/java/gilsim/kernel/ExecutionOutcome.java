package gilsim.kernel;

import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;

/**
 * What one execute_request produced besides its streamed outputs: the value of a final
 * expression (execute_result), an error, and payloads (the pager for {@code name?}).
 */
public record ExecutionOutcome(DisplayData result, KernelError error, List<JsonObject> payloads) {
    public ExecutionOutcome {
        payloads = List.copyOf(payloads);
    }

    public static ExecutionOutcome ok(DisplayData result, List<JsonObject> payloads) {
        return new ExecutionOutcome(result, null, payloads);
    }

    public static ExecutionOutcome failed(KernelError error, List<JsonObject> payloads) {
        return new ExecutionOutcome(null, error, payloads);
    }

    public boolean isError() { return error != null; }
}
