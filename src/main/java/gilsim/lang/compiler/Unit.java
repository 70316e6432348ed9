package gilsim.lang.compiler;

import gilsim.lang.ast.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code object being compiled (compile.c's {@code compiler_unit}): its blocks, its tables
 * of constants and names, the statements it is inside of, and the current source location
 * that new instructions get.
 */
final class Unit {
    enum ScopeType { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    final SymbolScope ste;
    final String name;
    final ScopeType scopeType;
    String qualname;
    final Constants consts = new Constants();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    final Map<String, Integer> freevars = new LinkedHashMap<>();
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    final int firstLine;
    String privateName;

    /** Blocks in allocation order; CPython's b_list is this list reversed. */
    final List<BasicBlock> blocks = new ArrayList<>();
    BasicBlock current;
    boolean needNewImplicitBlock;
    final List<FrameBlock> frameBlocks = new ArrayList<>();

    /** Line for new instructions; {@link Instr#NO_LINE} for artificial ones. */
    int line;
    /** Node whose location is current, for error positions; null when artificial. */
    Span loc;

    Unit(SymbolScope ste, String name, ScopeType scopeType, int firstLine) {
        this.ste = ste;
        this.name = name;
        this.scopeType = scopeType;
        this.firstLine = firstLine;
        for (String p : ste.params) {
            varnames.putIfAbsent(p, varnames.size());
        }
        for (String n : sortedNames(SymbolScope.CELL, 0)) {
            cellvars.put(n, cellvars.size());
        }
        if (ste.needsClassClosure) {
            cellvars.put("__class__", 0);
        }
        for (String n : sortedNames(SymbolScope.FREE, SymbolScope.DEF_FREE_CLASS)) {
            freevars.put(n, cellvars.size() + freevars.size());
        }
        this.line = firstLine;
    }

    /** dictbytype: names of a scope (or carrying a flag), sorted as CPython sorts them. */
    private List<String> sortedNames(int scope, int flag) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            int v = e.getValue();
            if (((v >> SymbolScope.SCOPE_OFFSET) & SymbolScope.SCOPE_MASK) == scope || (v & flag) != 0) {
                out.add(e.getKey());
            }
        }
        out.sort(CODE_POINT_ORDER);
        return out;
    }

    BasicBlock newBlock() {
        BasicBlock b = new BasicBlock(blocks.size());
        blocks.add(b);
        return b;
    }

    static int indexOf(Map<String, Integer> table, String name) {
        Integer i = table.get(name);
        if (i == null) {
            i = table.size();
            table.put(name, i);
        }
        return i;
    }

    /** Python orders str by code point; String.compareTo by UTF-16 unit. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
}
