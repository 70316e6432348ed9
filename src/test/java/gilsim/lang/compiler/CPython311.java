package gilsim.lang.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test support: runs the helper scripts in {@code src/test/resources/py311} under the
 * {@code python3} on PATH. The compiler is compared with CPython 3.11 specifically (3.12
 * inlines comprehensions and changed many sequences), so tests that need it call
 * {@link #available()} and are skipped when python3 is another version.
 */
final class CPython311 {
    private static Boolean available;
    /** The interpreter itself: a pyenv shim on PATH costs a shell start per run. */
    private static String executable = "python3";

    private CPython311() {
    }

    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c",
                        "import sys; print(sys.version_info[:2] == (3, 11)); print(sys.executable)")
                        .redirectErrorStream(true).start();
                String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\n");
                available = p.waitFor(30, TimeUnit.SECONDS) && out[0].equals("True");
                if (available && out.length > 1 && !out[1].isBlank()) {
                    executable = out[1].trim();
                }
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
        return run(script, List.of(source));
    }

    /**
     * Runs {@code script} once on all {@code sources} (one temporary file each) and returns
     * its stdout: one python3 start for many snippets.
     */
    static String run(String script, List<String> sources) {
        available();
        try {
            Path dir = Files.createTempDirectory("gilsim-py311");
            Path scriptFile = dir.resolve(script);
            try (InputStream in = CPython311.class.getResourceAsStream("/py311/" + script)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource py311/" + script);
                }
                Files.write(scriptFile, in.readAllBytes());
            }
            List<String> command = new ArrayList<>(List.of(executable, scriptFile.toString()));
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Path f = dir.resolve("source" + i + ".py");
                Files.writeString(f, sources.get(i), StandardCharsets.UTF_8);
                files.add(f);
                command.add(f.toString());
            }
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(script + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            for (Path f : files) {
                Files.delete(f);
            }
            Files.delete(scriptFile);
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
