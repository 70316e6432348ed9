package gilsim.vm;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.Position;
import java.math.BigInteger;
import java.util.List;

/**
 * A code object: a {@link CodeUnit} with its constants turned into objects that it holds
 * (so literals have a reference from their code object, as in CPython), its names interned,
 * and its exception table in flat arrays for the unwinder.
 */
public final class PyCode extends PyContainer {
    public final CodeUnit unit;
    public final int[] code;
    public final int[] lines;
    /** co_positions: each instruction's lines and UTF-8 byte columns (for the traceback's markers). */
    public final Position[] positions;
    public final PyObject[] consts;
    public final PyStr[] names;
    public final PyStr[] varnames;
    /** Local names then cell names then free names (co_localsplusnames). */
    public final PyStr[] localsplusNames;
    public final int nlocals;
    public final int ncells;
    public final int nfrees;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final int stacksize;
    public final PyStr name;
    public final PyStr qualname;
    public final String filename;
    final int[] excStart;
    final int[] excEnd;
    final int[] excTarget;
    final int[] excDepth;
    final boolean[] excLasti;
    /** KW_NAMES constants as Java string arrays, by constant index. */
    final String[][] kwnames;

    private PyCode(CodeUnit u) {
        this.unit = u;
        this.code = u.code();
        this.lines = u.lines();
        this.positions = u.positions();
        this.names = intern(u.names());
        this.varnames = intern(u.varnames());
        this.nlocals = u.varnames().length;
        this.ncells = u.cellvars().length;
        this.nfrees = u.freevars().length;
        PyStr[] all = new PyStr[nlocals + ncells + nfrees];
        System.arraycopy(varnames, 0, all, 0, nlocals);
        System.arraycopy(intern(u.cellvars()), 0, all, nlocals, ncells);
        System.arraycopy(intern(u.freevars()), 0, all, nlocals + ncells, nfrees);
        this.localsplusNames = all;
        this.argcount = u.argcount();
        this.posonlyargcount = u.posonlyargcount();
        this.kwonlyargcount = u.kwonlyargcount();
        this.flags = u.flags();
        this.stacksize = Math.max(u.stacksize(), 1);
        this.name = Interned.str(u.name());
        this.qualname = Interned.str(u.qualname());
        this.filename = u.filename();
        List<CodeUnit.ExceptionEntry> table = u.exceptionTable();
        int n = table == null ? 0 : table.size();
        excStart = new int[n];
        excEnd = new int[n];
        excTarget = new int[n];
        excDepth = new int[n];
        excLasti = new boolean[n];
        for (int i = 0; i < n; i++) {
            CodeUnit.ExceptionEntry e = table.get(i);
            excStart[i] = e.start();
            excEnd[i] = e.end();
            excTarget[i] = e.target();
            excDepth[i] = e.depth();
            excLasti[i] = e.pushLasti();
        }
        Object[] cs = u.consts();
        this.consts = new PyObject[cs.length];
        this.kwnames = new String[cs.length][];
        for (int i = 0; i < cs.length; i++) {
            consts[i] = constant(cs[i]);
            // CPython 3.11 shows one more reference to a code constant than co_consts accounts
            // for (sys.getrefcount of a literal bound to one name is 4): modelled as a second
            // reference the code object holds (Types.STATIC_REFCNT objects are left alone).
            if (consts[i].refcnt < Types.STATIC_REFCNT / 2 && !(consts[i] instanceof PyCode)) Heap.current.incref(consts[i]);
            if (cs[i] instanceof CodeUnit.ConstTuple t && allStrings(t.items())) {
                String[] k = new String[t.items().length];
                for (int j = 0; j < k.length; j++) k[j] = ((String) t.items()[j]).intern();
                kwnames[i] = k;
            }
        }
        // Code objects are not GC-tracked in CPython 3.11.
    }

    /** Build the code object of a compiled unit (and, recursively, of nested code constants). */
    public static PyCode of(CodeUnit u) {
        return new PyCode(u);
    }

    private static boolean allStrings(Object[] items) {
        for (Object o : items) if (!(o instanceof String)) return false;
        return true;
    }

    private static PyStr[] intern(String[] s) {
        PyStr[] r = new PyStr[s.length];
        for (int i = 0; i < s.length; i++) r[i] = Interned.str(s[i]);
        return r;
    }

    /** A constant as an object this code holds a reference to. */
    static PyObject constant(Object c) {
        if (c == CodeUnit.NONE || c == null) return PyNone.NONE;
        if (c == CodeUnit.ELLIPSIS) return PyNone.ELLIPSIS;
        if (c instanceof Boolean b) return b ? PyBool.TRUE : PyBool.FALSE;
        if (c instanceof Long l) return PyInt.of(l);
        if (c instanceof Integer i) return PyInt.of(i);
        if (c instanceof BigInteger b) return PyInt.of(b);
        if (c instanceof Double d) return new PyFloat(d);
        if (c instanceof String s) {
            // A constant of its own (not the JVM-wide interned name), so that its count is a
            // program's count; dict lookups compare it by value.
            return new PyStr(s);
        }
        if (c instanceof CodeUnit.ConstTuple t) {
            PyObject[] items = new PyObject[t.items().length];
            for (int i = 0; i < items.length; i++) items[i] = constant(t.items()[i]);
            return PyTuple.steal(Heap.current, items);
        }
        if (c instanceof CodeUnit.ConstFrozenSet f) {
            // compile.c builds the frozenset from the items, then merge_consts_recursive
            // rebuilds it from its own iteration order: the layout of the second build is the
            // one programs see (FACTS.md §1.12).
            PySet first = new PySet(true);
            for (Object o : f.items()) {
                PyObject item = constant(o);
                first.addEntry(null, item, Hashing.hashOfConstant(item));
                Heap.current.decref(item);
            }
            PySet s = new PySet(true);
            for (PyObject item : first.keysInOrder()) s.addEntry(null, item, Hashing.hashOfConstant(item));
            Heap.current.decref(first);
            return s;
        }
        if (c instanceof CodeUnit u) return new PyCode(u);
        throw new IllegalStateException("unknown constant " + c.getClass().getName());
    }

    @Override
    public PyType type() { return Types.CODE; }

    public boolean isGenerator() { return (flags & CodeUnit.GENERATOR) != 0; }

    public boolean hasVarargs() { return (flags & CodeUnit.VARARGS) != 0; }

    public boolean hasVarkeywords() { return (flags & CodeUnit.VARKEYWORDS) != 0; }

    public boolean isNamespaceBody() { return (flags & CodeUnit.NAMESPACE_BODY) != 0; }

    /** Source line of instruction i. */
    public int lineOf(int i) {
        if (i < 0) i = 0;
        if (i >= lines.length) i = lines.length - 1;
        return lines.length == 0 ? unit.firstLine() : lines[i];
    }

    /** Source position of instruction i ({@link Position#NONE} when there is none). */
    public Position positionOf(int i) {
        if (i < 0 || i >= positions.length) return Position.NONE;
        return positions[i];
    }

    @Override
    protected void releaseContents(Heap heap) {
        for (int i = consts.length - 1; i >= 0; i--) {
            PyObject c = consts[i];
            if (c != null && c.refcnt < Types.STATIC_REFCNT / 2 && !(c instanceof PyCode)) heap.decref(c);
            heap.clear(consts, i);
        }
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        for (PyObject c : consts) if (c != null) visitor.visit(c);
    }
}
