package gilsim.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scope of a cell, as a CPython symtable entry: the module, a function, a lambda, a class body
 * or a comprehension (in 3.11 each comprehension and generator expression is a function of its
 * own, taking the outermost iterable as its parameter ".0").
 *
 * <p>For the compiler it gives each name's {@link NameScope} and the three name lists of the code
 * object, in CPython's order: {@link #varnames()} (parameters, then the other fast locals in the
 * order the compiler first meets them), {@link #cellvars()} and {@link #freevars()} (sorted).
 */
public final class Scope {

    public enum Kind { MODULE, FUNCTION, LAMBDA, CLASS, COMPREHENSION }

    private final Kind kind;
    private final String name;
    private final Object node;
    private final Scope parent;
    private final List<Scope> children = new ArrayList<>();
    /** Flags per name, in the order names are first met (the compiler's evaluation order). */
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, NameScope> scopes = new LinkedHashMap<>();
    final List<String> parameters = new ArrayList<>();
    /** Names the compiler emits a load, store or delete for, in the order it first does. */
    final java.util.Set<String> emitted = new java.util.LinkedHashSet<>();
    /** Where each global/nonlocal name was declared, for errors found by the analysis. */
    final Map<String, gilsim.lang.ast.Span> directives = new LinkedHashMap<>();
    boolean generator;
    boolean free;
    boolean childFree;
    boolean needsClassClosure;
    /** For comprehensions: "list comprehension", "generator expression", ... */
    final String comprehensionKind;

    Scope(Kind kind, String name, Object node, Scope parent, String comprehensionKind) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.comprehensionKind = comprehensionKind;
        if (parent != null) parent.children.add(this);
    }

    public Kind kind() {
        return kind;
    }

    /** The code object's name: "<module>", the def or class name, "<lambda>", "<listcomp>"... */
    public String name() {
        return name;
    }

    /** The AST node that opens the scope (a Module, FunctionDef, ClassDef, Lambda, ListComp...). */
    public Object node() {
        return node;
    }

    public Scope parent() {
        return parent;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** CPython's FunctionBlock: a def, lambda or comprehension, whose locals are fast locals. */
    public boolean isFunction() {
        return kind == Kind.FUNCTION || kind == Kind.LAMBDA || kind == Kind.COMPREHENSION;
    }

    /** The scope of {@code name} here, or null for a name this scope never mentions. */
    public NameScope scopeOf(String name) {
        return scopes.get(name);
    }

    public Symbol symbol(String name) {
        Integer f = flags.get(name);
        return f == null ? null : new Symbol(name, scopes.get(name), f);
    }

    public Collection<Symbol> symbols() {
        List<Symbol> all = new ArrayList<>();
        for (String n : flags.keySet()) all.add(symbol(n));
        return all;
    }

    /**
     * co_varnames: the parameters (positional-only, positional, keyword-only, *args, **kwargs),
     * then each other LOCAL name in the order the compiler first emits it (a name that is only
     * annotated, {@code b: int}, emits nothing in a function and is not there). Cell variables that
     * are not parameters are not in it (they are in {@link #cellvars()}), as in CPython 3.11.
     * Empty for a module or class body, whose names are looked up by name.
     */
    public List<String> varnames() {
        if (!isFunction()) return List.of();
        List<String> names = new ArrayList<>(parameters);
        for (String name : emitted) {
            if (scopes.get(name) == NameScope.LOCAL && !names.contains(name)) names.add(name);
        }
        return names;
    }

    /** co_cellvars, sorted; a class that needs it has the implicit "__class__" cell. */
    public List<String> cellvars() {
        List<String> names = new ArrayList<>();
        for (var e : scopes.entrySet()) {
            if (e.getValue() == NameScope.CELL) names.add(e.getKey());
        }
        if (needsClassClosure) names.add("__class__");
        Collections.sort(names);
        return names;
    }

    /** co_freevars, sorted: FREE names, and in a class the names marked free-in-class. */
    public List<String> freevars() {
        List<String> names = new ArrayList<>();
        for (var e : flags.entrySet()) {
            boolean freeHere = scopes.get(e.getKey()) == NameScope.FREE;
            if (freeHere || (e.getValue() & Symbol.DEF_FREE_CLASS) != 0) names.add(e.getKey());
        }
        Collections.sort(names);
        return names;
    }

    /** The parameter names in co_varnames order (for a comprehension: ".0"). */
    public List<String> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** A function containing {@code yield}, or a generator expression. */
    public boolean isGenerator() {
        return generator;
    }

    /** Nested in a function (CPython's CO_NESTED). */
    public boolean isNested() {
        for (Scope p = parent; p != null; p = p.parent) {
            if (p.isFunction()) return true;
        }
        return false;
    }

    /** A class some method of which uses {@code super()} or {@code __class__}. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + scopes;
    }
}
