package gilsim.lang.compiler;

import gilsim.lang.Parser;
import gilsim.lang.PySyntaxError;
import gilsim.lang.SymbolTable;
import gilsim.lang.ast.Module;
import gilsim.lang.ast.Stmt;
import gilsim.lang.bytecode.CodeUnit;
import java.util.List;

/**
 * Compiles gilsim's AST to gilsim's bytecode the way CPython 3.11 compiles Python: the AST
 * optimizer (constant folding), the symbol table ({@link SymbolTable} of the lang package),
 * code generation into basic blocks, and the assembler with its peephole optimizer and
 * exception table. The instruction sequences are 3.11's, instruction for instruction where they
 * decide which objects exist and who holds references to them (see the contract in
 * {@link gilsim.lang.bytecode.Opcode}).
 *
 * <p>Known departures from CPython 3.11, all documented where they happen: annotations are
 * neither evaluated nor stored (no SETUP_ANNOTATIONS, no MAKE_FUNCTION 0x04); generators start
 * without RETURN_GENERATOR/POP_TOP; no COPY_FREE_VARS; no PRECALL, CACHE or EXTENDED_ARG.
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * @param interactiveResult compile a final top-level expression statement with SET_RESULT
     *     instead of POP_TOP, so the kernel can show its value (CPython's REPL prints it)
     * @throws PySyntaxError for the SyntaxErrors CPython raises after parsing (symbol table
     *     and compiler); {@link gilsim.lang.Parser#analyze} reports the same ones first, so
     *     for a cell that went through it this does not happen
     */
    public static CodeUnit compileModule(Module module, String filename, boolean interactiveResult)
            throws PySyntaxError {
        return compileModule(module, "", filename, interactiveResult);
    }

    /** As {@link #compileModule(Module, String, boolean)}, with the source for error lines. */
    public static CodeUnit compileModule(Module module, String source, String filename,
            boolean interactiveResult) throws PySyntaxError {
        return compile(module, SymbolTable.build(module, source), source, filename, interactiveResult);
    }

    /**
     * Compiles a cell that {@link Parser#analyze} has checked, reusing its symbol table.
     *
     * @param source the cell's text, for the line shown with a SyntaxError
     */
    public static CodeUnit compileModule(Parser.Analysis analysis, String source, String filename,
            boolean interactiveResult) throws PySyntaxError {
        return compile(analysis.module(), analysis.symbols(), source, filename, interactiveResult);
    }

    private static CodeUnit compile(Module module, SymbolTable symtable, String source, String filename,
            boolean interactiveResult) throws PySyntaxError {
        AstOptimizer optimizer = new AstOptimizer();
        List<Stmt> body = optimizer.body(module.body());
        CodeGen c = new CodeGen(symtable, optimizer::origin, source, filename, interactiveResult);
        if (interactiveResult && !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt last) {
            c.stmts.resultStmt = last;
        }
        try {
            c.enterScope("<module>", Unit.ScopeType.MODULE, module, 1);
            c.u.line = 1;
            c.stmts.body(body, true);
            return c.exitScope(true);
        } catch (CompileFailure e) {
            throw e.error;
        }
    }
}
