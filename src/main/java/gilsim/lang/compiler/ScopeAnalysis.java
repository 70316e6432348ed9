package gilsim.lang.compiler;

import static gilsim.lang.compiler.SymbolScope.CELL;
import static gilsim.lang.compiler.SymbolScope.DEF_BOUND;
import static gilsim.lang.compiler.SymbolScope.DEF_FREE_CLASS;
import static gilsim.lang.compiler.SymbolScope.DEF_GLOBAL;
import static gilsim.lang.compiler.SymbolScope.DEF_NONLOCAL;
import static gilsim.lang.compiler.SymbolScope.FREE;
import static gilsim.lang.compiler.SymbolScope.GLOBAL_EXPLICIT;
import static gilsim.lang.compiler.SymbolScope.GLOBAL_IMPLICIT;
import static gilsim.lang.compiler.SymbolScope.LOCAL;
import static gilsim.lang.compiler.SymbolScope.SCOPE_OFFSET;

import gilsim.lang.ast.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Second pass of the symbol table (symtable.c's {@code analyze_block}). Each block gets the
 * names bound in enclosing function scopes ({@code bound}) and the explicit globals
 * ({@code global}); a name used but not bound here is FREE if an enclosing function binds it,
 * else an implicit global. Free names of children that this function binds become CELLs. A
 * class body does not make its names visible to its methods, except the implicit
 * {@code __class__}, which becomes a cell of the class when a method uses it (super()).
 */
final class ScopeAnalysis {
    private ScopeAnalysis() {
    }

    static void analyze(SymbolScope top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new HashSet<>());
    }

    private static void analyzeBlock(SymbolScope ste, Set<String> bound, Set<String> free,
            Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();

        if (ste.kind == SymbolScope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.kind != SymbolScope.Kind.CLASS) {
            if (ste.kind == SymbolScope.Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }

        Set<String> allFree = new LinkedHashSet<>();
        for (SymbolScope child : ste.children) {
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.hasFree || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);

        if (ste.kind == SymbolScope.Kind.FUNCTION) {
            analyzeCells(scopes, newFree);
        } else if (ste.kind == SymbolScope.Kind.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        updateSymbols(ste, scopes, bound, newFree, ste.kind == SymbolScope.Kind.CLASS);
        free.addAll(newFree);
    }

    private static void analyzeName(SymbolScope ste, Map<String, Integer> scopes, String name,
            int flags, Set<String> bound, Set<String> local, Set<String> free,
            Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw directiveError(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw directiveError(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw directiveError(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private static CompileError directiveError(SymbolScope ste, String name, String message) {
        Span at = ste.directives.get(name);
        return CompileError.at(at != null ? at : ste.span, message);
    }

    /** A local that a child uses freely becomes a cell; it is no longer free above here. */
    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() == LOCAL && free.contains(e.getKey())) {
                e.setValue(CELL);
                free.remove(e.getKey());
            }
        }
    }

    private static void updateSymbols(SymbolScope ste, Map<String, Integer> scopes,
            Set<String> bound, Set<String> free, boolean classFlag) {
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            e.setValue(e.getValue() | (scopes.get(e.getKey()) << SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                // A method's free variable that the class body also binds or declares global.
                if (classFlag && (v & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }
}
