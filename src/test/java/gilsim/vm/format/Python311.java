package gilsim.vm.format;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference implementation for differential tests: one {@code python3} process per call,
 * run with PYTHONHASHSEED=0 (as gilsim hashes). Tests that need it are skipped when python3 is
 * missing or is not CPython 3.11, since later versions changed some of the behaviours checked.
 */
public final class Python311 {
    private static Boolean available;

    private Python311() {}

    /** Skips the calling test unless {@code python3} is CPython 3.11. */
    public static void assumeAvailable() {
        assumeTrue(isAvailable(), "python3 (CPython 3.11) not available");
    }

    public static synchronized boolean isAvailable() {
        if (available == null) {
            try {
                List<String> out = run("import sys, platform\n"
                        + "print(platform.python_implementation(), sys.version_info[0], sys.version_info[1])\n", "");
                available = out.size() == 1 && out.get(0).equals("CPython 3 11");
            } catch (RuntimeException e) {
                available = false;
            }
        }
        return available;
    }

    /**
     * Runs {@code script} in python3 with {@code input} on stdin and returns stdout's lines.
     * Output is UTF-8 whatever the locale; a non-zero exit is a test failure.
     */
    public static List<String> run(String script, String input) {
        try {
            ProcessBuilder pb = new ProcessBuilder("python3", "-c", script);
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.environment().put("PYTHONIOENCODING", "utf-8:surrogatepass");
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            // Feed stdin from another thread so a large output cannot deadlock us.
            Thread feeder = new Thread(() -> {
                try (OutputStream os = p.getOutputStream()) {
                    os.write(input.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            feeder.start();
            byte[] out = p.getInputStream().readAllBytes();
            feeder.join();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("python3 failed, exit " + p.exitValue());
            }
            String text = new String(out, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
