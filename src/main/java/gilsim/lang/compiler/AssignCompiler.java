package gilsim.lang.compiler;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Stmt;
import gilsim.lang.bytecode.Opcode;
import java.util.List;

/**
 * Assignment targets that need more than a store: unpacking into tuples and lists
 * (UNPACK_SEQUENCE, UNPACK_EX for a starred target), augmented assignment (the container and
 * key are evaluated once and kept with COPY, the result put back with SWAP), and the parts of
 * an annotated subscript target that CPython evaluates.
 */
final class AssignCompiler {
    private final CodeGen c;

    AssignCompiler(CodeGen c) {
        this.c = c;
    }

    /** A tuple or list target: unpack the value, then store each item into its target. */
    void unpackInto(List<Expr> elts) {
        unpack(elts);
        for (Expr elt : elts) {
            c.visit(elt instanceof Expr.Starred s ? s.value() : elt);
        }
    }

    /** unpack_helper: UNPACK_SEQUENCE n, or UNPACK_EX before | after << 8 with a starred target. */
    private void unpack(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (seenStar) {
                    throw c.error("multiple starred expressions in assignment");
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking assignment");
                }
                c.addOp(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            c.addOp(Opcode.UNPACK_SEQUENCE, n);
        }
    }

    /** compiler_augassign: the target's container is evaluated once (COPY), then stored back. */
    void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        CodeGen.Location saved = c.saveLoc();
        c.setLoc(e.span());
        if (e instanceof Expr.Attribute a) {
            c.visit(a.value());
            c.addOp(Opcode.COPY, 1);
            c.exprs.matchAttrLocation(a);
            c.addName(Opcode.LOAD_ATTR, a.attr());
        } else if (e instanceof Expr.Subscript sub) {
            c.visit(sub.value());
            c.visit(sub.slice());
            c.addOp(Opcode.COPY, 2);
            c.addOp(Opcode.COPY, 2);
            c.addOp(Opcode.BINARY_SUBSCR);
        } else {
            c.nameOp(((Expr.Name) e).id(), ExprContext.LOAD);
        }
        c.restoreLoc(saved);
        c.visit(s.value());
        c.addOp(Opcode.BINARY_OP, ExprCompiler.binaryOperator(s.op(), true).ordinal());
        c.setLoc(e.span());
        if (e instanceof Expr.Attribute a) {
            c.exprs.matchAttrLocation(a);
            c.addOp(Opcode.SWAP, 2);
            c.addName(Opcode.STORE_ATTR, a.attr());
        } else if (e instanceof Expr.Subscript) {
            c.addOp(Opcode.SWAP, 3);
            c.addOp(Opcode.SWAP, 2);
            c.addOp(Opcode.STORE_SUBSCR);
        } else {
            c.nameOp(((Expr.Name) e).id(), ExprContext.STORE);
        }
    }

    /** check_ann_subscr: evaluates the parts of an annotated subscript target, discarding them. */
    void checkAnnSubscript(Expr slice) {
        if (slice instanceof Expr.Slice s) {
            for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                if (part != null) {
                    c.visit(part);
                    c.addOp(Opcode.POP_TOP);
                }
            }
        } else if (slice instanceof Expr.TupleExpr t) {
            t.elts().forEach(this::checkAnnSubscript);
        } else {
            c.visit(slice);
            c.addOp(Opcode.POP_TOP);
        }
    }
}
