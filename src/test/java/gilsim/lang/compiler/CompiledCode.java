package gilsim.lang.compiler;

import gilsim.lang.Parser;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.Opcode;
import java.util.ArrayList;
import java.util.List;

/** Test support: compiles source with gilsim's parser and looks into the result. */
final class CompiledCode {
    private CompiledCode() {
    }

    static CodeUnit compile(String source) {
        return compile(source, false);
    }

    static CodeUnit compile(String source, boolean interactiveResult) {
        try {
            CodeUnit code = Compiler.compileModule(Parser.analyze(source), source, "<cell>", interactiveResult);
            BytecodeVerifier.verify(code);
            return code;
        } catch (Exception e) {
            throw new AssertionError("does not compile: " + source, e);
        }
    }

    /** The opcodes of {@code code} as "NAME" or "NAME arg", without RESUME. */
    static List<String> ops(CodeUnit code) {
        List<String> out = new ArrayList<>();
        for (int instruction : code.code()) {
            Opcode op = Opcode.of(CodeUnit.op(instruction));
            if (op != Opcode.RESUME) {
                out.add(op.name());
            }
        }
        return out;
    }

    /** The first nested code object named {@code name}, searched depth first. */
    static CodeUnit nested(CodeUnit code, String name) {
        for (Object c : code.consts()) {
            if (c instanceof CodeUnit u) {
                if (u.name().equals(name)) {
                    return u;
                }
                CodeUnit deeper = nested(u, name);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }
}
