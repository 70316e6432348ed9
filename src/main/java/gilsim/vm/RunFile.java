package gilsim.vm;

import gilsim.lang.Parser;
import gilsim.lang.PySyntaxError;
import gilsim.lang.UnsupportedFeatureError;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.compiler.Compiler;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a Python file like {@code python3 prog.py}: stdout and stderr as UTF-8, an uncaught
 * exception as "Traceback (most recent call last):" ... on stderr and exit status 1.
 * Usage: {@code java -cp gilsim.jar gilsim.vm.RunFile prog.py}.
 */
public final class RunFile {
    private RunFile() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RunFile prog.py");
            System.exit(2);
        }
        String source = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), false, StandardCharsets.UTF_8);
        int status = run(source, args[0], out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Run source as a file named filename; returns the exit status python3 would have. */
    public static int run(String source, String filename, PrintStream out, PrintStream err) {
        return run(source, filename, out, err, TracebackStyle.INTERPRETER);
    }

    /**
     * The same, printing an uncaught exception as {@code style}'s printer does: the interpreter's
     * (what {@code python3 prog.py} prints) or Lib/traceback.py's.
     */
    public static int run(String source, String filename, PrintStream out, PrintStream err, TracebackStyle style) {
        Session session = new Session();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                out.print(text);
            }

            @Override
            public void stderr(String text) {
                out.flush();
                err.print(text);
                err.flush();
            }
        };
        CodeUnit unit;
        try {
            unit = compile(source, filename);
        } catch (PySyntaxError e) {
            err.print(syntaxErrorText(e, filename));
            return 1;
        } catch (UnsupportedFeatureError e) {
            err.print("NotImplementedError: " + e.getMessage() + "\n");
            return 1;
        }
        RunOutcome r = session.runCell(unit, source, sink);
        if (r.ok()) return 0;
        out.flush();
        err.print(style == TracebackStyle.INTERPRETER ? r.error().text() : r.error().tracebackModuleText());
        return 1;
    }

    /** A SyntaxError as python3 prints it: file and line, the stripped line, a caret, the message. */
    static String syntaxErrorText(PySyntaxError e, String filename) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(e.pos().line()).append('\n');
        String line = e.lineText();
        if (line != null && !line.isBlank()) {
            int lead = 0;
            while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) lead++;
            String shown = line.strip();
            sb.append("    ").append(shown).append('\n');
            int col = e.pos().column();
            if (col >= 1) {
                int start = Math.max(0, col - 1 - lead);
                int width = 1;
                if (e.end() != null && e.end().line() == e.pos().line() && e.end().column() > col) {
                    width = e.end().column() - col;
                }
                width = Math.max(1, Math.min(width, Math.max(1, shown.length() - start)));
                sb.append("    ").append(" ".repeat(start)).append("^".repeat(width)).append('\n');
            }
        }
        return sb.append(e.kind()).append(": ").append(e.msg()).append('\n').toString();
    }

    /** Parse and compile a whole file (no interactive result). */
    public static CodeUnit compile(String source, String filename) throws PySyntaxError, UnsupportedFeatureError {
        Parser.Analysis a = Parser.analyze(source);
        return Compiler.compileModule(a.module(), source, filename, false);
    }
}
