package gilsim.vm;

import gilsim.lang.Parser;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.compiler.Compiler;

/** Test helper: a session that runs cells from source and keeps what they printed. */
final class Py {
    final Session session;
    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();
    private int cellNumber;
    private final OutputSink sink = new OutputSink() {
        @Override
        public void stdout(String text) {
            out.append(text);
        }

        @Override
        public void stderr(String text) {
            err.append(text);
        }
    };

    Py() {
        this(new Limits());
    }

    Py(Limits limits) {
        session = new Session(limits);
    }

    /** Compile source as a cell (its final expression becomes the result). */
    static CodeUnit compileCell(String source, String filename) {
        try {
            return Compiler.compileModule(Parser.analyze(source).module(), source, filename, true);
        } catch (Exception e) {
            throw new AssertionError("does not compile: " + e.getMessage(), e);
        }
    }

    RunOutcome run(String source) {
        CodeUnit unit = compileCell(source, "<cell-" + (++cellNumber) + ">");
        return session.runCell(unit, source, sink);
    }

    /** Run and return stdout of this cell; fails on an error. */
    String print(String source) {
        int before = out.length();
        RunOutcome r = run(source);
        if (!r.ok()) throw new AssertionError("cell failed: " + (r.error() == null ? r.status() : r.error().text()));
        return out.substring(before);
    }

    Vm vm() { return session.vm(); }
}
