package gilsim.lang.compiler;

import java.util.Map;

/**
 * The analysed scopes of a module, found by the AST node that opens them (the Module, a
 * FunctionDef, ClassDef, Lambda or comprehension node).
 */
final class SymbolTable {
    final SymbolScope top;
    private final Map<Object, SymbolScope> scopes;

    SymbolTable(SymbolScope top, Map<Object, SymbolScope> scopes) {
        this.top = top;
        this.scopes = scopes;
    }

    SymbolScope lookup(Object node) {
        SymbolScope s = scopes.get(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node);
        }
        return s;
    }
}
