package gilsim.vm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The differential corpus (src/test/resources/programs/**.py with the .out files CPython 3.11
 * printed with PYTHONHASHSEED=0): runs a program in gilsim in this JVM and returns its stdout.
 */
final class DifferentialPrograms {
    static final Path ROOT = Path.of("src/test/resources/programs");

    private DifferentialPrograms() {}

    static List<Path> all() throws IOException {
        List<Path> r = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            s.filter(p -> p.toString().endsWith(".py") && Files.exists(expectedOf(p))).sorted().forEach(r::add);
        }
        return r;
    }

    static Path expectedOf(Path py) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + ".out");
    }

    /** Run a program; returns its stdout (stderr is discarded). */
    static String run(Path py) throws IOException {
        return runCapturing(py, TracebackStyle.INTERPRETER).stdout();
    }

    /** What a run printed, an uncaught exception printed as {@code style}'s printer does. */
    record Printed(String stdout, String stderr) {}

    static Printed runCapturing(Path py, TracebackStyle style) throws IOException {
        String source = Files.readString(py, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
            RunFile.run(source, py.getFileName().toString(), o, e, style);
        }
        return new Printed(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The programs whose whole stderr is expected (tracebacks/: .err and .err_module). */
    static List<Path> withTracebacks() throws IOException {
        return all().stream().filter(p -> p.getParent().getFileName().toString().equals("tracebacks")).toList();
    }

    static Path siblingWithSuffix(Path py, String suffix) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }

    /** A summary run from the command line: pass counts and the first lines of each difference. */
    public static void main(String[] args) throws IOException {
        int pass = 0;
        List<String> failed = new ArrayList<>();
        for (Path p : all()) {
            if (args.length > 0 && !p.toString().contains(args[0])) continue;
            String expected = Files.readString(expectedOf(p), StandardCharsets.UTF_8);
            String actual;
            if (System.getenv("TRACE") != null) System.out.println("RUN " + p);
            try {
                actual = run(p);
            } catch (Throwable t) {
                actual = "<java " + t + ">";
                if (args.length > 0) t.printStackTrace();
            }
            if (actual.equals(expected)) {
                pass++;
            } else {
                failed.add(p.toString());
                if (args.length > 1 || args.length == 1) {
                    System.out.println("=== " + p);
                    printDiff(expected, actual);
                }
            }
        }
        for (String f : failed) System.out.println("FAIL " + f);
        System.out.println(pass + " passed, " + failed.size() + " failed");
    }

    private static void printDiff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int shown = 0;
        for (int i = 0; i < Math.max(e.length, a.length) && shown < 6; i++) {
            String x = i < e.length ? e[i] : "<none>";
            String y = i < a.length ? a[i] : "<none>";
            if (!x.equals(y)) {
                System.out.println("  line " + (i + 1) + "\n    expected: " + x + "\n    actual:   " + y);
                shown++;
            }
        }
    }
}
