package gilsim.kernel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Real python3 for {@code %%python}: found as {@code $GILSIM_PYTHON3} or as {@code python3} on
 * PATH, started without a shell (the body never reaches a command line: it goes in on stdin), run
 * as IPython would run a cell — the final expression's repr is printed, a traceback is printed as
 * CPython prints it, with the cell's name and line numbers — with stdout and stderr merged in the
 * order they were written, a real-time timeout and a cap on what is kept of the output.
 */
final class PythonProcess {
    static final String ENV_OVERRIDE = "GILSIM_PYTHON3";
    /** The first line the driver writes, before anything of the body: the interpreter's version. */
    private static final String VERSION_MARK = "\u0000gilsim-python3 ";
    private static final long POLL_MS = 20;

    /**
     * Reads the body from stdin, registers it under the cell's name for tracebacks, runs all but a
     * final expression statement, then prints that expression's repr (as sys.displayhook does in
     * IPython and the REPL), and prints an uncaught exception as CPython does, without the
     * driver's own frame.
     */
    private static final String DRIVER = String.join("\n",
            "import ast, linecache, os, platform, sys, traceback",
            "name = sys.argv[1]",
            "src = sys.stdin.read()",
            "sys.stdin = open(os.devnull)",
            "sys.stdout.write('\\0gilsim-python3 ' + platform.python_version() + '\\n')",
            "linecache.cache[name] = (len(src), None, src.splitlines(True), name)",
            "ns = {'__name__': '__main__', '__builtins__': __builtins__}",
            "try:",
            "    tree = ast.parse(src, name)",
            "    last = None",
            "    if tree.body and isinstance(tree.body[-1], ast.Expr):",
            "        last = ast.Expression(tree.body.pop().value)",
            "    exec(compile(tree, name, 'exec'), ns)",
            "    if last is not None:",
            "        value = eval(compile(last, name, 'eval'), ns)",
            "        if value is not None:",
            "            print(repr(value))",
            "except SystemExit:",
            "    raise",
            "except BaseException as e:",
            "    # A syntax error has no frame of the body; any other error drops the driver's frame.",
            "    tb = None if isinstance(e, SyntaxError) or e.__traceback__ is None else e.__traceback__.tb_next",
            "    traceback.print_exception(type(e), e, tb)",
            "    sys.exit(1)",
            "");

    /** How a run ended. */
    enum Status { FINISHED, NOT_FOUND, TIMED_OUT, INTERRUPTED, OUTPUT_LIMIT, FAILED_TO_START }

    /**
     * @param version the interpreter's version ("3.11.7"), or null when unknown
     * @param output  what it printed (stdout and stderr merged), up to the cap
     * @param problem for every status but FINISHED, a sentence a learner can act on
     */
    record Result(Status status, String version, String output, String problem) {}

    private PythonProcess() {}

    /** The python3 to run: $GILSIM_PYTHON3 when set, else the first python3 on PATH; or why there is none. */
    record Located(Path path, String problem) {}

    static Located locate(Map<String, String> env) {
        String override = env.get(ENV_OVERRIDE);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? new Located(p, null)
                    : new Located(null, "python3 not found: " + ENV_OVERRIDE + " is set to " + override
                            + ", which is not an executable file.");
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, "python3");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return new Located(p, null);
        }
        return new Located(null, "python3 not found on PATH: only gilsim ran the cell. Install Python 3 or set "
                + ENV_OVERRIDE + " to a python3 executable, then restart the kernel.");
    }

    /**
     * Runs {@code body} in python3 under the name {@code cellName} (for tracebacks), for at most
     * {@code timeoutSeconds} of real time, keeping at most {@code maxChars} of its output; stops it
     * early when {@code cancelled} turns true (Kernel > Interrupt).
     */
    static Result run(String body, String cellName, double timeoutSeconds, long maxChars, BooleanSupplier cancelled) {
        Located python = locate(System.getenv());
        if (python.path() == null) return new Result(Status.NOT_FOUND, null, "", python.problem());
        ProcessBuilder builder = new ProcessBuilder(List.of(python.path().toString(), "-u", "-X", "utf8", "-c", DRIVER, cellName));
        builder.redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // gilsim hashes str as CPython does with PYTHONHASHSEED=0 (DESIGN §3): sets then print in the same order.
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.remove("PYTHONSTARTUP");
        env.remove("PYTHONINSPECT");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Result(Status.FAILED_TO_START, null, "", "python3 (" + python.path() + ") could not be started: " + e.getMessage());
        }
        Collector collector = new Collector(process.getInputStream(), maxChars);
        Thread reader = new Thread(collector, "gilsim-python3-output");
        reader.setDaemon(true);
        reader.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // python3 exited before reading all of the body (it failed to start the driver): its output says why.
        }
        long deadline = System.nanoTime() + (long) (timeoutSeconds * 1e9);
        Status status = Status.FINISHED;
        try {
            while (!process.waitFor(POLL_MS, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) status = Status.INTERRUPTED;
                else if (collector.full()) status = Status.OUTPUT_LIMIT;
                else if (System.nanoTime() > deadline) status = Status.TIMED_OUT;
                if (status != Status.FINISHED) {
                    stop(process);
                    break;
                }
            }
            reader.join(1000);
            // The reader closes the pipe when the output is full: python3 may die of the broken pipe
            // before a poll sees it, and that exit is still the output limit's doing.
            if (status == Status.FINISHED && collector.full()) status = Status.OUTPUT_LIMIT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            status = Status.INTERRUPTED;
        }
        String output = collector.text();
        String version = null;
        if (output.startsWith(VERSION_MARK)) {
            int eol = output.indexOf('\n');
            version = output.substring(VERSION_MARK.length(), eol < 0 ? output.length() : eol);
            output = eol < 0 ? "" : output.substring(eol + 1);
        }
        String problem = switch (status) {
            case FINISHED -> null;
            case TIMED_OUT -> "python3 timed out after " + seconds(timeoutSeconds)
                    + " s and was stopped (%%python timeout=SECONDS, or %limit seconds=N, gives it longer); what it printed until then is shown.";
            case OUTPUT_LIMIT -> "python3 printed more than " + maxChars
                    + " characters and was stopped (%limit output=N to change it); the start of its output is shown.";
            case INTERRUPTED -> "python3 was stopped by Kernel > Interrupt.";
            default -> throw new IllegalStateException(status.toString());
        };
        return new Result(status, version, output, problem);
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    /** Stops python3 and whatever it started (a thread cannot outlive it; a subprocess could). */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads python3's merged output as UTF-8, keeping at most maxChars of it. */
    private static final class Collector implements Runnable {
        private final InputStream in;
        private final long maxChars;
        private final StringBuilder text = new StringBuilder();
        private volatile boolean full;

        Collector(InputStream in, long maxChars) {
            this.in = in;
            this.maxChars = maxChars;
        }

        @Override public void run() {
            char[] buffer = new char[8192];
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                int n;
                while ((n = reader.read(buffer)) >= 0) {
                    synchronized (text) {
                        // The version line is not the program's output: it does not count.
                        long room = maxChars + 64 - text.length();
                        if (n > room) {
                            text.append(buffer, 0, (int) Math.max(0, room));
                            full = true;
                            return;
                        }
                        text.append(buffer, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // The process was stopped: what was read is kept.
            }
        }

        boolean full() { return full; }

        String text() {
            synchronized (text) {
                return text.toString();
            }
        }
    }
}
