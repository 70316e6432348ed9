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
            err.print("  File \"" + filename + "\", line " + e.pos().line() + "\n    " + e.lineText().strip() + "\n"
                    + e.kind() + ": " + e.msg() + "\n");
            return 1;
        } catch (UnsupportedFeatureError e) {
            err.print("NotImplementedError: " + e.getMessage() + "\n");
            return 1;
        }
        RunOutcome r = session.runCell(unit, source, sink);
        if (r.ok()) return 0;
        out.flush();
        err.print(r.error().text());
        return 1;
    }

    /** Parse and compile a whole file (no interactive result). */
    public static CodeUnit compile(String source, String filename) throws PySyntaxError, UnsupportedFeatureError {
        Parser.Analysis a = Parser.analyze(source);
        return Compiler.compileModule(a.module(), source, filename, false);
    }
}
