package gilsim.lang.compiler;

import gilsim.lang.ast.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scope of the symbol table (CPython's {@code PySTEntryObject}): a module, class body,
 * function, lambda or comprehension, with the facts the first pass records per name (flags) and
 * the scope the second pass decides ({@link #scopeOf}).
 *
 * <p>Provisional port of Python/symtable.c 3.11, kept inside the compiler because the compiler
 * needs exactly CPython's facts (DEF_IMPORT at module level, the implicit {@code __class__}
 * cell, class-scope free variables); to be reconciled with {@code gilsim.lang.SymbolTable}.
 */
final class SymbolScope {
    enum Kind { MODULE, CLASS, FUNCTION }

    enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

    // Flags of a name, as symtable.h.
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE = 32;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    // Scopes, stored above the flags as CPython does (SCOPE_OFFSET).
    static final int SCOPE_OFFSET = 11;
    static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
    static final int LOCAL = 1;
    static final int GLOBAL_EXPLICIT = 2;
    static final int GLOBAL_IMPLICIT = 3;
    static final int FREE = 4;
    static final int CELL = 5;

    final String name;
    final Kind kind;
    final Span span;
    final SymbolScope parent;
    /** Name to flags (and, after analysis, scope << SCOPE_OFFSET), in first-seen order. */
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    /** Parameters in definition order (ste_varnames). */
    final List<String> params = new ArrayList<>();
    final List<SymbolScope> children = new ArrayList<>();
    /** Where each global/nonlocal statement named a name, for error positions. */
    final Map<String, Span> directives = new LinkedHashMap<>();

    boolean nested;
    boolean generator;
    boolean varargs;
    boolean varkeywords;
    boolean hasFree;
    boolean childFree;
    boolean needsClassClosure;
    Comprehension comprehension = Comprehension.NONE;
    boolean compIterTarget;
    int compIterExpr;

    SymbolScope(String name, Kind kind, Span span, SymbolScope parent) {
        this.name = name;
        this.kind = kind;
        this.span = span;
        this.parent = parent;
        this.nested = parent != null && (parent.nested || parent.kind == Kind.FUNCTION);
    }

    int flags(String name) {
        return symbols.getOrDefault(name, 0);
    }

    /** LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, or 0 for an unknown name. */
    int scopeOf(String name) {
        return (flags(name) >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + symbols;
    }
}
