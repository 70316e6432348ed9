package gilsim.lang;

import gilsim.lang.ast.Module;
import gilsim.lang.ast.Span;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Scope analysis of a cell, as CPython 3.11's Python/symtable.c: which scope each name of each
 * block lives in, so the compiler knows whether to emit a fast local, a global, a name lookup or
 * a cell access.
 *
 * <p>Two passes, as in CPython. {@link SymbolTableBuilder} walks the AST and records per scope how
 * each name is used (bound, read, declared global or nonlocal, a parameter). The analysis then
 * resolves every name bottom-up with the sets CPython calls bound (names bound in enclosing
 * functions), global (names declared global above) and free (names children need from above):
 * a name bound here is LOCAL, and becomes CELL if a nested scope uses it; a name only read here
 * is FREE if an enclosing function binds it, else GLOBAL_IMPLICIT. Class bodies are skipped as
 * enclosing scopes: methods never see class-level names (they pass "bound" through unchanged),
 * except for the implicit {@code __class__} cell that {@code super()} needs.
 */
public final class SymbolTable {

    private final Scope module;
    private final Map<Object, Scope> scopes;
    private final SourceText src;

    private SymbolTable(SymbolTableBuilder built, SourceText src) {
        this.module = built.module;
        this.scopes = built.scopes;
        this.src = src;
    }

    /** Analyses {@code module}, parsed from {@code source} (used for error lines). */
    public static SymbolTable build(Module module, String source) throws PySyntaxError {
        return build(module, new SourceText(source));
    }

    static SymbolTable build(Module module, SourceText src) throws PySyntaxError {
        try {
            SymbolTable table = new SymbolTable(new SymbolTableBuilder(module, src), src);
            table.analyzeBlock(table.module, null, new HashSet<>(), new HashSet<>());
            return table;
        } catch (SymbolTableBuilder.SymtableError e) {
            throw e.error;
        }
    }

    /** The module's scope. */
    public Scope module() {
        return module;
    }

    /**
     * The scope opened by {@code node}: the Module, a FunctionDef, ClassDef, Lambda, ListComp,
     * SetComp, DictComp or GeneratorExp of the analysed tree (looked up by identity).
     */
    public Scope scopeOf(Object node) {
        Scope s = scopes.get(node);
        if (s == null) throw new IllegalArgumentException("no scope opened by " + node);
        return s;
    }

    // --- analysis (analyze_block, analyze_name, analyze_cells, update_symbols) ------------------

    private void analyzeBlock(Scope s, Set<String> bound, Set<String> free, Set<String> global)
            throws PySyntaxError {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();
        boolean isClass = s.kind() == Scope.Kind.CLASS;
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (var e : s.flags.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (!isClass) {
            if (s.isFunction()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new LinkedHashSet<>();
        for (Scope child : s.children()) {
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) s.childFree = true;
        }
        newFree.addAll(allFree);
        if (s.isFunction()) {
            for (var e : s.scopes.entrySet()) {
                if (e.getValue() == NameScope.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(NameScope.CELL);
                }
            }
        } else if (isClass && newFree.remove("__class__")) {
            s.needsClassClosure = true;
        }
        updateSymbols(s, bound, newFree, isClass);
        free.addAll(newFree);
    }

    private void analyzeName(Scope s, String name, int flags, Set<String> bound,
            Set<String> local, Set<String> free, Set<String> global) throws PySyntaxError {
        if ((flags & Symbol.DEF_GLOBAL) != 0) {
            if ((flags & Symbol.DEF_NONLOCAL) != 0) {
                throw atDirective(s, name, "name '" + name + "' is nonlocal and global");
            }
            s.scopes.put(name, NameScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & Symbol.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw atDirective(s, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw atDirective(s, name, "no binding for nonlocal '" + name + "' found");
            }
            s.scopes.put(name, NameScope.FREE);
            s.free = true;
            free.add(name);
            return;
        }
        if ((flags & Symbol.DEF_BOUND) != 0) {
            s.scopes.put(name, NameScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            s.scopes.put(name, NameScope.FREE);
            s.free = true;
            free.add(name);
            return;
        }
        if (s.isNested()) s.free = true;
        s.scopes.put(name, NameScope.GLOBAL_IMPLICIT);
    }

    /** Free names of children pass through this scope as FREE unless it binds them. */
    private void updateSymbols(Scope s, Set<String> bound, Set<String> free, boolean isClass) {
        for (String name : free) {
            Integer flags = s.flags.get(name);
            if (flags != null) {
                if (isClass && (flags & (Symbol.DEF_BOUND | Symbol.DEF_GLOBAL)) != 0) {
                    s.flags.put(name, flags | Symbol.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            s.flags.put(name, 0);
            s.scopes.put(name, NameScope.FREE);
        }
    }

    private PySyntaxError atDirective(Scope s, String name, String msg) {
        Span at = s.directives.get(name);
        return new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg,
                new SourcePos(at.line(), at.col()), new SourcePos(at.endLine(), at.endCol()),
                src.line(at.line()));
    }
}
