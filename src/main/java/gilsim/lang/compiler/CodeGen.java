package gilsim.lang.compiler;

import gilsim.lang.NameScope;
import gilsim.lang.PySyntaxError;
import gilsim.lang.Scope;
import gilsim.lang.SourcePos;
import gilsim.lang.Symbol;
import gilsim.lang.SymbolTable;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Span;
import gilsim.lang.ast.Stmt;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.Opcode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The code generator's shared state and emission helpers (compile.c's {@code struct compiler}
 * with its ADDOP family): the stack of code objects being compiled, the current basic block,
 * the current source line, and name resolution through the symbol table. The visitors
 * ({@link StmtCompiler}, {@link ExprCompiler} and the helpers they call) emit through it.
 */
final class CodeGen {
    /** CPython's DEF_IMPORT flag of a symbol (Include/internal/pycore_symtable.h). */
    private static final int DEF_IMPORT = 2 << 6;
    final SymbolTable symtable;
    /** Maps folded AST nodes back to the parsed ones the symbol table knows. */
    private final java.util.function.UnaryOperator<Object> origin;
    final String filename;
    private final String[] sourceLines;
    private final ByteColumns byteColumns;
    final StmtCompiler stmts;
    final ExprCompiler exprs;
    final ConditionCompiler conditions;
    final AssignCompiler assignments;
    final CallCompiler calls;
    final ScopeCompiler scopes;
    final TryCompiler tries;
    Unit u;
    private final Deque<Unit> stack = new ArrayDeque<>();

    CodeGen(SymbolTable symtable, java.util.function.UnaryOperator<Object> origin, String source,
            String filename, boolean interactiveResult) {
        this.symtable = symtable;
        this.origin = origin;
        this.sourceLines = source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        this.byteColumns = new ByteColumns(sourceLines);
        this.filename = filename;
        this.stmts = new StmtCompiler(this, interactiveResult);
        this.exprs = new ExprCompiler(this);
        this.conditions = new ConditionCompiler(this);
        this.assignments = new AssignCompiler(this);
        this.calls = new CallCompiler(this);
        this.scopes = new ScopeCompiler(this);
        this.tries = new TryCompiler(this);
    }

    // ---- scopes

    /** compiler_enter_scope: a new code object, starting with RESUME. */
    void enterScope(String name, Unit.ScopeType type, Object key, int firstLine) {
        Scope ste = symtable.scopeOf(origin.apply(key));
        String privateName = type == Unit.ScopeType.CLASS ? name : u != null ? u.privateName : null;
        Unit unit = new Unit(ste, key, name, type, firstLine, privateName);
        if (u != null) {
            stack.push(u);
        }
        u = unit;
        u.current = u.newBlock();
        if (type == Unit.ScopeType.MODULE) {
            u.line = 0;
        } else {
            u.qualname = qualname();
        }
        addOp(Opcode.RESUME, 0);
        if (type == Unit.ScopeType.MODULE) {
            u.line = Instr.NO_LINE;
        }
    }

    /** Assembles the current code object and returns to the enclosing one. */
    CodeUnit exitScope(boolean addNone) {
        CodeUnit code = new Assembler(u, filename).assemble(addNone);
        u = stack.isEmpty() ? null : stack.pop();
        return code;
    }

    /** compiler_set_qualname: {@code f.<locals>.g}, {@code C.m}, or the bare name at top level. */
    private String qualname() {
        Unit parent = stack.peek();
        if (parent == null || parent.scopeType == Unit.ScopeType.MODULE) {
            return u.name;
        }
        if (u.scopeType == Unit.ScopeType.FUNCTION || u.scopeType == Unit.ScopeType.CLASS) {
            if (parent.ste.scopeOf(u.name) == NameScope.GLOBAL_EXPLICIT) {
                return u.name;
            }
        }
        if (parent.scopeType == Unit.ScopeType.FUNCTION || parent.scopeType == Unit.ScopeType.LAMBDA) {
            return parent.qualname + ".<locals>." + u.name;
        }
        return parent.qualname + "." + u.name;
    }

    boolean isFunctionScope() {
        return u.ste.isFunction();
    }

    /** Bound by an import statement at module level (CPython's DEF_IMPORT in st_top). */
    boolean isImportedAtModuleLevel(String name) {
        Symbol s = symtable.module().symbol(name);
        return s != null && (s.flags() & DEF_IMPORT) != 0;
    }

    // ---- blocks

    BasicBlock newBlock() {
        return u.newBlock();
    }

    /** Makes {@code block} the current block and the layout successor of the previous one. */
    void useNextBlock(BasicBlock block) {
        u.current.next = block;
        u.current = block;
        u.needNewImplicitBlock = false;
    }

    private Instr append(Instr i) {
        if (u.needNewImplicitBlock) {
            useNextBlock(newBlock());
        }
        u.current.instrs.add(i);
        if (i.is(Opcode.RETURN_VALUE)) {
            u.current.hasReturn = true;
        }
        if (i.endsBlock()) {
            u.needNewImplicitBlock = true;
        }
        return i;
    }

    // ---- emission

    void addOp(Opcode op) {
        addOp(op, 0);
    }

    void addOp(Opcode op, int arg) {
        append(Instr.at(u, op, arg));
    }

    /** An artificial instruction: it takes its line from its neighbours when assembled. */
    void addOpNoLine(Opcode op, int arg) {
        append(new Instr(op, arg, Instr.NO_LINE));
    }

    void addPseudo(Pseudo p) {
        append(Instr.at(u, p, null));
    }

    void addPseudoNoLine(Pseudo p) {
        append(new Instr(p, null, Instr.NO_LINE));
    }

    void addJump(Opcode op, BasicBlock target) {
        Instr i = Instr.at(u, op, 0);
        i.target = target;
        append(i);
    }

    void addJump(Pseudo p, BasicBlock target) {
        append(Instr.at(u, p, target));
    }

    void addJumpNoLine(Pseudo p, BasicBlock target) {
        append(new Instr(p, target, Instr.NO_LINE));
    }

    int constIndex(Object value) {
        return u.consts.add(value);
    }

    void loadConst(Object value) {
        addOp(Opcode.LOAD_CONST, constIndex(value));
    }

    /** LOAD_ATTR, STORE_ATTR, LOAD_METHOD, IMPORT_NAME...: the mangled name in co_names. */
    void addName(Opcode op, String name) {
        addOp(op, Unit.indexOf(u.names, Mangler.mangle(u.privateName, name)));
    }

    /** An entry of co_names without mangling (IMPORT_FROM of a dotted module path). */
    void addRawName(Opcode op, String name) {
        addOp(op, Unit.indexOf(u.names, name));
    }

    // ---- names

    /** compiler_nameop: the load, store or delete opcode that the name's scope calls for. */
    void nameOp(String name, ExprContext ctx) {
        if (name.equals("__debug__") && ctx != ExprContext.LOAD) {
            throw error(ctx == ExprContext.STORE ? "cannot assign to __debug__" : "cannot delete __debug__");
        }
        String mangled = u.mangle(name);
        NameScope scope = u.ste.scopeOf(name);
        boolean function = isFunctionScope();
        if (scope == NameScope.FREE || scope == NameScope.CELL) {
            Integer index = (scope == NameScope.FREE ? u.freevars : u.cellvars).get(mangled);
            if (index == null) {
                throw new IllegalStateException("no cell or free slot for " + mangled + " in " + u.name);
            }
            Opcode op = switch (ctx) {
                case LOAD -> u.isClass() ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF;
                case STORE -> Opcode.STORE_DEREF;
                case DEL -> Opcode.DELETE_DEREF;
            };
            addOp(op, index);
            return;
        }
        if (scope == NameScope.LOCAL && function) {
            Opcode op = switch (ctx) {
                case LOAD -> Opcode.LOAD_FAST;
                case STORE -> Opcode.STORE_FAST;
                case DEL -> Opcode.DELETE_FAST;
            };
            addOp(op, Unit.indexOf(u.varnames, mangled));
            return;
        }
        if (scope == NameScope.GLOBAL_EXPLICIT || (scope == NameScope.GLOBAL_IMPLICIT && function)) {
            global(mangled, ctx);
            return;
        }
        Opcode op = switch (ctx) {
            case LOAD -> Opcode.LOAD_NAME;
            case STORE -> Opcode.STORE_NAME;
            case DEL -> Opcode.DELETE_NAME;
        };
        addOp(op, Unit.indexOf(u.names, mangled));
    }

    private void global(String mangled, ExprContext ctx) {
        int index = Unit.indexOf(u.names, mangled);
        switch (ctx) {
            case LOAD -> addOp(Opcode.LOAD_GLOBAL, index << 1);
            case STORE -> addOp(Opcode.STORE_GLOBAL, index);
            case DEL -> addOp(Opcode.DELETE_GLOBAL, index);
        }
    }

    /**
     * The slot that holds the cell for a nested scope's free variable {@code name} (mangled):
     * this scope's own cell, else the free variable passed down to it (get_ref_type; a class's
     * {@code __class__} is always its own cell).
     */
    int closureSlot(String name) {
        Integer arg = u.cellvars.get(name);
        if (arg == null) {
            arg = u.freevars.get(name);
        }
        if (arg == null) {
            throw new IllegalStateException("no cell for free variable " + name + " in " + u.name);
        }
        return arg;
    }

    // ---- locations

    /** SET_LOC: new instructions get the node's lines and columns (in UTF-8 bytes, as CPython's). */
    void setLoc(Span span) {
        u.loc = span;
        u.line = span.line();
        u.endLine = span.endLine();
        u.col = byteColumns.byteOffset(span.line(), span.col());
        u.endCol = byteColumns.byteOffset(span.endLine(), span.endCol());
    }

    /** UNSET_LOC: new instructions are artificial. */
    void unsetLoc() {
        u.loc = null;
        u.line = Instr.NO_LINE;
        u.endLine = Instr.NO_LINE;
        u.col = Instr.NO_LINE;
        u.endCol = Instr.NO_LINE;
    }

    record Location(int line, int endLine, int col, int endCol, Span loc) {
    }

    Location saveLoc() {
        return new Location(u.line, u.endLine, u.col, u.endCol, u.loc);
    }

    void restoreLoc(Location l) {
        u.line = l.line();
        u.endLine = l.endLine();
        u.col = l.col();
        u.endCol = l.endCol();
        u.loc = l.loc();
    }

    /**
     * update_start_location_to_match_attr: when {@code obj\n.attr} spans lines, what the attribute
     * access does belongs to the attribute's name, on its line. As in CPython, the start column is
     * the end column in bytes less the name's length in characters.
     */
    void matchAttrLocation(Span attr, String name) {
        if (u.line == attr.endLine()) {
            return;
        }
        u.line = attr.endLine();
        int len = name.codePointCount(0, name.length());
        int attrEndCol = byteColumns.byteOffset(attr.endLine(), attr.endCol());
        if (len <= attrEndCol) {
            u.col = attrEndCol - len;
        } else {
            u.col = Instr.NO_LINE;
            u.endCol = Instr.NO_LINE;
        }
        u.endLine = Math.max(u.line, u.endLine);
        if (u.line == u.endLine) {
            u.endCol = Math.max(u.col, u.endCol);
        }
    }

    /** A SyntaxError at the current location (compiler_error). */
    CompileFailure error(String message) {
        Span at = u.loc != null ? u.loc : new Span(Math.max(u.line, 1), 1, Math.max(u.line, 1), 1);
        return errorAt(at, message);
    }

    CompileFailure errorAt(Span at, String message) {
        String lineText = at.line() >= 1 && at.line() <= sourceLines.length ? sourceLines[at.line() - 1] : "";
        return new CompileFailure(new PySyntaxError(PySyntaxError.SYNTAX_ERROR, message,
                new SourcePos(at.line(), at.col()), new SourcePos(at.endLine(), at.endCol()), lineText));
    }

    // ---- frame blocks

    void pushFrameBlock(FrameBlock.Type type, BasicBlock block, BasicBlock exit, Object datum) {
        if (u.frameBlocks.size() >= 20) {
            throw error("too many statically nested blocks");
        }
        u.frameBlocks.add(new FrameBlock(type, block, exit, datum));
    }

    void popFrameBlock(FrameBlock.Type type, BasicBlock block) {
        FrameBlock top = u.frameBlocks.remove(u.frameBlocks.size() - 1);
        if (top.type() != type || top.block() != block) {
            throw new IllegalStateException("frame block mismatch: " + top.type() + " vs " + type);
        }
    }

    // ---- visiting

    /** compiler_visit_expr: emits with the expression's location, then restores the previous. */
    void visit(Expr e) {
        Location saved = saveLoc();
        setLoc(e.span());
        e.accept(exprs);
        restoreLoc(saved);
    }

    void visitAll(List<Expr> es) {
        for (Expr e : es) {
            visit(e);
        }
    }

    void visit(Stmt s) {
        setLoc(s.span());
        s.accept(stmts);
    }

    void visitStmts(List<Stmt> ss) {
        for (Stmt s : ss) {
            visit(s);
        }
    }
}
