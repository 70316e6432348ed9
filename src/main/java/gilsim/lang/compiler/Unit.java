package gilsim.lang.compiler;

import gilsim.lang.Scope;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Span;
import gilsim.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code object being compiled (compile.c's {@code compiler_unit}): its blocks, its tables
 * of constants and names, the statements it is inside of, and the current source line that new
 * instructions get. Names are mangled ({@code __x} in class C is {@code _C__x}) as CPython's
 * symbol table stores them; the lang package's {@link Scope} keeps them as written.
 */
final class Unit {
    enum ScopeType { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    final Scope ste;
    /** The AST node that opened the scope (after constant folding). */
    final Object node;
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
    /** The rest of the location new instructions get (u_end_lineno, u_col_offset, u_end_col_offset). */
    int endLine;
    int col;
    int endCol;
    /** Node whose location is current, for error positions; null when artificial. */
    Span loc;

    Unit(Scope ste, Object node, String name, ScopeType scopeType, int firstLine, String privateName) {
        this.ste = ste;
        this.node = node;
        this.name = name;
        this.scopeType = scopeType;
        this.firstLine = firstLine;
        this.privateName = privateName;
        this.line = firstLine;
        this.endLine = firstLine;
        for (String p : ste.parameters()) {
            varnames.putIfAbsent(mangle(p), varnames.size());
        }
        // co_cellvars in 3.11's fast-locals order: parameters' cells first, in parameter
        // order, then the others sorted; LOAD_DEREF numbers cells in this order.
        List<String> cells = sortedMangled(ste.cellvars());
        for (String p : varnames.keySet()) {
            if (cells.contains(p)) {
                cellvars.put(p, cellvars.size());
            }
        }
        for (String n : cells) {
            cellvars.putIfAbsent(n, cellvars.size());
        }
        for (String n : sortedMangled(ste.freevars())) {
            freevars.put(n, cellvars.size() + freevars.size());
        }
    }

    /** dictbytype: CPython sorts the (mangled) names of cells and free variables. */
    private List<String> sortedMangled(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(mangle(n));
        }
        out.sort(null);
        return out;
    }

    String mangle(String name) {
        return Mangler.mangle(privateName, name);
    }

    boolean isClass() {
        return ste.kind() == Scope.Kind.CLASS;
    }

    /** CO_VARARGS: the def or lambda has a {@code *args} parameter. */
    boolean hasVarargs() {
        gilsim.lang.ast.Arguments a = arguments();
        return a != null && a.vararg() != null;
    }

    /** CO_VARKEYWORDS: the def or lambda has a {@code **kwargs} parameter. */
    boolean hasVarkeywords() {
        gilsim.lang.ast.Arguments a = arguments();
        return a != null && a.kwarg() != null;
    }

    private gilsim.lang.ast.Arguments arguments() {
        if (node instanceof Stmt.FunctionDef f) {
            return f.args();
        }
        if (node instanceof Expr.Lambda l) {
            return l.args();
        }
        return null;
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
}
