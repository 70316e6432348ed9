package gilsim.lang.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Test support: runs the helper scripts in {@code src/test/resources/py311} under the
 * {@code python3} on PATH. The compiler is compared with CPython 3.11 specifically (3.12
 * inlines comprehensions and changed many sequences), so tests that need it call
 * {@link #available()} and are skipped when python3 is another version.
 */
final class CPython311 {
    private static Boolean available;

    private CPython311() {
    }

    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                available = p.waitFor(30, TimeUnit.SECONDS) && out.equals("True");
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    /** Runs {@code script} on {@code source} (written to a temporary file) and returns stdout. */
    static String run(String script, String source) {
        try {
            Path dir = Files.createTempDirectory("gilsim-py311");
            Path scriptFile = dir.resolve(script);
            try (InputStream in = CPython311.class.getResourceAsStream("/py311/" + script)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource py311/" + script);
                }
                Files.write(scriptFile, in.readAllBytes());
            }
            Path sourceFile = dir.resolve("source.py");
            Files.writeString(sourceFile, source, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("python3", scriptFile.toString(), sourceFile.toString()).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(script + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            Files.delete(scriptFile);
            Files.delete(sourceFile);
            Files.delete(dir);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
