package gilsim.lang.compiler;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Keyword;
import gilsim.lang.bytecode.CodeUnit.ConstFrozenSet;
import gilsim.lang.bytecode.CodeUnit.ConstTuple;
import gilsim.lang.bytecode.Opcode;
import java.util.List;

/**
 * Calls and displays (compile.c's compiler_call, maybe_optimize_method_call,
 * compiler_call_helper, starunpack_helper, compiler_dict). {@code obj.m(args)} becomes
 * LOAD_METHOD + CALL (no bound method object), except on a name imported at module level;
 * keyword arguments go through KW_NAMES; a call with {@code *} or {@code **} builds an argument
 * tuple (BUILD_LIST, LIST_EXTEND, LIST_TO_TUPLE) and dict (DICT_MERGE) for CALL_FUNCTION_EX.
 */
final class CallCompiler {
    /** CPython keeps at most about this many values on the stack for one display or call. */
    static final int STACK_USE_GUIDELINE = 30;

    private final CodeGen c;

    CallCompiler(CodeGen c) {
        this.c = c;
    }

    void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (methodCall(e)) {
            return;
        }
        CodeGen.Location saved = c.saveLoc();
        c.setLoc(e.func().span());
        c.addOp(Opcode.PUSH_NULL);
        c.restoreLoc(saved);
        c.setLoc(e.span());
        c.visit(e.func());
        callHelper(0, e.args(), e.keywords());
    }

    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword k = keywords.get(i);
            if (k.arg() == null) {
                continue;
            }
            if (k.arg().equals("__debug__")) {
                throw c.error("cannot assign to __debug__");
            }
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (k.arg().equals(other.arg())) {
                    c.setLoc(other.span());
                    throw c.error("keyword argument repeated: " + k.arg());
                }
            }
        }
    }

    /** maybe_optimize_method_call: true when emitted as LOAD_METHOD + CALL. */
    private boolean methodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != gilsim.lang.ast.ExprContext.LOAD) {
            return false;
        }
        if (meth.value() instanceof Expr.Name n
                && c.isImportedAtModuleLevel(n.id())) {
            return false; // module.function(...): a plain attribute load
        }
        int nargs = e.args().size();
        int nkw = e.keywords().size();
        if (nargs + nkw + (nkw != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        if (e.args().stream().anyMatch(a -> a instanceof Expr.Starred)
                || e.keywords().stream().anyMatch(k -> k.arg() == null)) {
            return false;
        }
        c.visit(meth.value());
        c.setLoc(meth.span());
        c.exprs.matchAttrLocation(meth);
        c.addName(Opcode.LOAD_METHOD, meth.attr());
        c.visitAll(e.args());
        if (nkw > 0) {
            for (Keyword k : e.keywords()) {
                c.visit(k.value());
            }
            kwNames(e.keywords());
        }
        c.setLoc(e.span());
        c.exprs.matchAttrLocation(meth);
        c.addOp(Opcode.CALL, nargs + nkw);
        return true;
    }

    private void kwNames(List<Keyword> keywords) {
        Object[] names = keywords.stream().map(Keyword::arg).toArray();
        c.addOp(Opcode.KW_NAMES, c.constIndex(new ConstTuple(names)));
    }

    /**
     * compiler_call_helper; {@code n} values are already pushed as leading positional
     * arguments (a class's body function and name for {@code __build_class__}).
     */
    void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkw = keywords.size();
        boolean ex = nelts + nkw * 2 > STACK_USE_GUIDELINE
                || args.stream().anyMatch(a -> a instanceof Expr.Starred)
                || keywords.stream().anyMatch(k -> k.arg() == null);
        if (!ex) {
            c.visitAll(args);
            if (nkw > 0) {
                for (Keyword k : keywords) {
                    c.visit(k.value());
                }
                kwNames(keywords);
            }
            c.addOp(Opcode.CALL, n + nelts + nkw);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            c.visit(s.value());
        } else {
            starUnpack(args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (nkw > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkw; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subKwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            c.addOp(Opcode.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        c.addOp(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    c.visit(kw.value());
                    c.addOp(Opcode.DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subKwargs(keywords, nkw - nseen, nkw);
                if (haveDict) {
                    c.addOp(Opcode.DICT_MERGE, 1);
                }
            }
        }
        c.addOp(Opcode.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
    }

    /** compiler_subkwargs: a dict of the named keyword arguments in [begin, end). */
    private void subKwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                c.visit(keywords.get(i).value());
                keys[i - begin] = keywords.get(i).arg();
            }
            c.loadConst(new ConstTuple(keys));
            c.addOp(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            c.addOpNoLine(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            c.loadConst(keywords.get(i).arg());
            c.visit(keywords.get(i).value());
            if (big) {
                c.addOpNoLine(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            c.addOp(Opcode.BUILD_MAP, n);
        }
    }

    /**
     * starunpack_helper: a list, tuple or set display (or positional arguments) with
     * {@code pushed} values already on the stack. More than two constants become one constant
     * (a tuple, or for sets BUILD_SET 0 + a frozenset + SET_UPDATE); starred items extend.
     */
    void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConstant(elts)) {
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = Constants.fromAst(((Expr.Constant) elts.get(i)).value());
            }
            if (tuple && pushed == 0) {
                c.loadConst(new ConstTuple(items));
            } else {
                c.addOp(build, pushed);
                c.loadConst(add == Opcode.SET_ADD ? new ConstFrozenSet(items) : new ConstTuple(items));
                c.addOp(extend, 1);
                if (tuple) {
                    c.addOp(Opcode.LIST_TO_TUPLE);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = elts.stream().anyMatch(e -> e instanceof Expr.Starred);
        if (!seenStar && !big) {
            c.visitAll(elts);
            c.addOp(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            c.addOp(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred s) {
                if (!built) {
                    c.addOp(build, i + pushed);
                    built = true;
                }
                c.visit(s.value());
                c.addOp(extend, 1);
            } else {
                c.visit(elt);
                if (built) {
                    c.addOp(add, 1);
                }
            }
        }
        if (tuple) {
            c.addOp(Opcode.LIST_TO_TUPLE);
        }
    }

    private static boolean allConstant(List<Expr> elts) {
        return elts.stream().allMatch(e -> e instanceof Expr.Constant);
    }

    /** compiler_dict: runs of {@code k: v} pairs become maps, {@code **m} merges with DICT_UPDATE. */
    void dict(Expr.DictExpr e) {
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean unpacking = e.keys().get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subDict(e, i - elements, i);
                    if (haveDict) {
                        c.addOp(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    c.addOp(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                c.visit(e.values().get(i));
                c.addOp(Opcode.DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subDict(e, i - elements, i + 1);
                if (haveDict) {
                    c.addOp(Opcode.DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subDict(e, n - elements, n);
            if (haveDict) {
                c.addOp(Opcode.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            c.addOp(Opcode.BUILD_MAP, 0);
        }
    }

    private void subDict(Expr.DictExpr e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        List<Expr> keys = e.keys().subList(begin, end);
        if (n > 1 && !big && allConstant(keys)) {
            for (int i = begin; i < end; i++) {
                c.visit(e.values().get(i));
            }
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = Constants.fromAst(((Expr.Constant) keys.get(i)).value());
            }
            c.loadConst(new ConstTuple(items));
            c.addOp(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            c.addOp(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            c.visit(e.keys().get(i));
            c.visit(e.values().get(i));
            if (big) {
                c.addOp(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            c.addOp(Opcode.BUILD_MAP, n);
        }
    }
}
