package gilsim.lang.compiler;

import gilsim.lang.ast.Expr;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.CodeUnit.ConstFrozenSet;
import gilsim.lang.bytecode.CodeUnit.ConstTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The constants of one code object (co_consts), deduplicated as CPython's
 * {@code _PyCode_ConstantKey} does: by type and value, so {@code 1}, {@code 1.0} and {@code True}
 * stay distinct, {@code 0.0} and {@code -0.0} too; tuples and frozensets by their items; code
 * objects by value, as CPython's code_richcompare.
 *
 * <p>Values use the contract's convention ({@link CodeUnit}): Long, BigInteger, Double, String,
 * Boolean, {@link CodeUnit#NONE}, {@link CodeUnit#ELLIPSIS}, ConstTuple, ConstFrozenSet,
 * CodeUnit. The AST writes None as {@code null}; {@link #fromAst} converts.
 */
final class Constants {
    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();

    /** Index of {@code value}, added at the end if new (compiler_add_const). */
    int add(Object value) {
        Object key = keyOf(value);
        Integer i = index.get(key);
        if (i != null) {
            return i;
        }
        values.add(value);
        index.put(key, values.size() - 1);
        return values.size() - 1;
    }

    Object get(int i) {
        return values.get(i);
    }

    int size() {
        return values.size();
    }

    /** Drops constants at the end that no instruction uses (trim_unused_consts). */
    void truncate(int newSize) {
        while (values.size() > newSize) {
            Object v = values.remove(values.size() - 1);
            index.remove(keyOf(v));
        }
    }

    Object[] toArray() {
        return values.toArray();
    }

    /** The constant an AST {@link Expr.Constant} holds, in the contract's convention. */
    static Object fromAst(Object astValue) {
        if (astValue == null) {
            return CodeUnit.NONE;
        }
        if (astValue == Expr.Constant.Ellipsis.ELLIPSIS) {
            return CodeUnit.ELLIPSIS;
        }
        if (astValue instanceof Integer n) {
            return (long) n;
        }
        return astValue;
    }

    /** An int constant, as a Long when it fits (the AST's and the contract's rule). */
    static Object ofInt(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** A key that is equal for constants CPython would merge. */
    static Object keyOf(Object v) {
        if (v instanceof ConstTuple t) {
            List<Object> items = new ArrayList<>(t.items().length + 1);
            items.add(ConstTuple.class);
            for (Object item : t.items()) {
                items.add(keyOf(item));
            }
            return items;
        }
        if (v instanceof ConstFrozenSet s) {
            HashSet<Object> items = new HashSet<>();
            for (Object item : s.items()) {
                items.add(keyOf(item));
            }
            return List.of(ConstFrozenSet.class, items);
        }
        if (v instanceof CodeUnit code) {
            return codeKey(code);
        }
        if (v instanceof Double d) {
            // Double.equals compares bit patterns: 0.0 != -0.0, as CPython's constant key.
            return List.of(Double.class, d);
        }
        if (v == null) {
            throw new IllegalArgumentException("null constant: use CodeUnit.NONE");
        }
        return List.of(v.getClass(), v);
    }

    /** Python truthiness of a constant (PyObject_IsTrue). */
    static boolean isTrue(Object v) {
        if (v == CodeUnit.NONE) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof ConstTuple t) {
            return t.items().length > 0;
        }
        if (v instanceof ConstFrozenSet s) {
            return s.items().length > 0;
        }
        return true;
    }

    /**
     * Code objects compare by value (code_richcompare): a comprehension compiled twice, as the
     * test of a while loop is, is one constant.
     */
    private static Object codeKey(CodeUnit c) {
        List<Object> consts = new ArrayList<>();
        for (Object k : c.consts()) {
            consts.add(keyOf(k));
        }
        return List.of(CodeUnit.class, c.name(), c.argcount(), c.posonlyargcount(), c.kwonlyargcount(),
                c.flags(), c.firstLine(), Arrays.stream(c.code()).boxed().toList(), consts,
                List.of(c.names()), List.of(c.varnames()), List.of(c.cellvars()), List.of(c.freevars()),
                Arrays.stream(c.lines()).boxed().toList(), c.exceptionTable());
    }
}
