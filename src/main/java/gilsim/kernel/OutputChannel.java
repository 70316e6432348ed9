package gilsim.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/** Where a running cell's outputs go while it runs (IOPub for a Jupyter client, a buffer in tests). */
public interface OutputChannel {
    /** {@code name} is "stdout" or "stderr". */
    void stream(String name, String text);

    /** A new display_data; a display id in its transient data lets later updates replace it. */
    void display(DisplayData data);

    /** update_display_data for a display shown earlier with the same transient display id. */
    void updateDisplay(DisplayData data);

    /** Drops everything: for silent executes. */
    OutputChannel DISCARD = new OutputChannel() {
        @Override public void stream(String name, String text) {}
        @Override public void display(DisplayData data) {}
        @Override public void updateDisplay(DisplayData data) {}
    };
}
