package gilsim.kernel;

import java.util.List;

/** An error as Jupyter carries it: name, value and the traceback lines a client prints. */
public record KernelError(String ename, String evalue, List<String> traceback) {
    public KernelError {
        traceback = List.copyOf(traceback);
    }
}
