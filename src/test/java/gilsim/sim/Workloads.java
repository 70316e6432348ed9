package gilsim.sim;

import gilsim.lang.Parser;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.compiler.Compiler;
import gilsim.sim.settings.Settings;
import gilsim.vm.Session;

/** Runs Python source through the machine in a fresh or given session, collecting its output. */
final class Workloads {
    private Workloads() {}

    /** A run's result and everything it printed. */
    record Run(RunResult result, String stdout, String stderr) {}

    static Run run(String source, Settings settings) {
        return run(new Session(), source, settings);
    }

    static Run run(Session session, String source, Settings settings) {
        CodeUnit code = compile(source);
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        RunResult r = Machine.run(session, code, source, settings,
                (stream, text) -> ("stdout".equals(stream) ? out : err).append(text));
        return new Run(r, out.toString(), err.toString());
    }

    static CodeUnit compile(String source) {
        try {
            Parser.Analysis a = Parser.analyze(source);
            return Compiler.compileModule(a.module(), source, "<cell>", true);
        } catch (Exception e) {
            throw new IllegalArgumentException("does not compile: " + e, e);
        }
    }
}
