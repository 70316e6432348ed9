package gilsim.lang.ast;

import gilsim.lang.ast.Expr.*;
import gilsim.lang.ast.Stmt.*;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Prints an AST exactly as CPython 3.11's {@code ast.dump(tree)} does, with CPython's node names
 * ({@code List} for ListExpr, {@code Expr} for ExprStmt, ...), so that a parse can be compared
 * with CPython's character for character. With positions, it prints CPython's attributes:
 * {@code lineno}, {@code col_offset} and {@code end_col_offset} count from 0 (in UTF-8 bytes in
 * CPython, so the comparison holds for ASCII sources), where a {@link Span} counts from 1.
 */
public final class AstDump {

    private final boolean positions;
    private final StringBuilder out = new StringBuilder();

    private AstDump(boolean positions) {
        this.positions = positions;
    }

    public static String dump(Module m) {
        return dump(m, false);
    }

    public static String dump(Module m, boolean positions) {
        AstDump d = new AstDump(positions);
        d.out.append("Module(body=");
        d.stmts(m.body());
        d.out.append(", type_ignores=[])");
        return d.out.toString();
    }

    public static String dump(Expr e) {
        AstDump d = new AstDump(false);
        d.expr(e);
        return d.out.toString();
    }

    // --- building blocks ------------------------------------------------------------------------

    private void open(String name) {
        out.append(name).append('(');
    }

    /** Writes ", name=" (or "name=" first); returns this for chaining. */
    private AstDump field(String name) {
        if (out.charAt(out.length() - 1) != '(') out.append(", ");
        out.append(name).append('=');
        return this;
    }

    private void close(Span span) {
        if (positions && span != null) {
            field("lineno").out.append(span.line());
            field("col_offset").out.append(span.col() - 1);
            field("end_lineno").out.append(span.endLine());
            field("end_col_offset").out.append(span.endCol() - 1);
        }
        out.append(')');
    }

    private void optional(String name, Expr e) {
        if (e != null) {
            field(name);
            expr(e);
        }
    }

    private void exprField(String name, Expr e) {
        field(name);
        if (e == null) {
            out.append("None");
        } else {
            expr(e);
        }
    }

    private void exprs(String name, List<Expr> es) {
        field(name).out.append('[');
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) out.append(", ");
            if (es.get(i) == null) {
                out.append("None");
            } else {
                expr(es.get(i));
            }
        }
        out.append(']');
    }

    private void stmts(List<Stmt> ss) {
        out.append('[');
        for (int i = 0; i < ss.size(); i++) {
            if (i > 0) out.append(", ");
            stmt(ss.get(i));
        }
        out.append(']');
    }

    private void body(String name, List<Stmt> ss) {
        field(name);
        stmts(ss);
    }

    private void strings(String name, List<String> names) {
        field(name).out.append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) out.append(", ");
            out.append(PyRepr.str(names.get(i)));
        }
        out.append(']');
    }

    private void ctx(ExprContext c) {
        field("ctx").out.append(switch (c) {
            case LOAD -> "Load()";
            case STORE -> "Store()";
            case DEL -> "Del()";
        });
    }

    // --- statements -----------------------------------------------------------------------------

    private void stmt(Stmt s) {
        if (s instanceof FunctionDef f) {
            open("FunctionDef");
            field("name").out.append(PyRepr.str(f.name()));
            field("args");
            arguments(f.args());
            body("body", f.body());
            exprs("decorator_list", f.decorators());
            optional("returns", f.returns());
        } else if (s instanceof ClassDef c) {
            open("ClassDef");
            field("name").out.append(PyRepr.str(c.name()));
            exprs("bases", c.bases());
            keywords(c.keywords());
            body("body", c.body());
            exprs("decorator_list", c.decorators());
        } else if (s instanceof Return r) {
            open("Return");
            optional("value", r.value());
        } else if (s instanceof Delete d) {
            open("Delete");
            exprs("targets", d.targets());
        } else if (s instanceof Assign a) {
            open("Assign");
            exprs("targets", a.targets());
            exprField("value", a.value());
        } else if (s instanceof AugAssign a) {
            open("AugAssign");
            exprField("target", a.target());
            field("op").out.append(operator(a.op()));
            exprField("value", a.value());
        } else if (s instanceof AnnAssign a) {
            open("AnnAssign");
            exprField("target", a.target());
            exprField("annotation", a.annotation());
            optional("value", a.value());
            field("simple").out.append(a.simple() ? 1 : 0);
        } else if (s instanceof For f) {
            open("For");
            exprField("target", f.target());
            exprField("iter", f.iter());
            body("body", f.body());
            body("orelse", f.orelse());
        } else if (s instanceof While w) {
            open("While");
            exprField("test", w.test());
            body("body", w.body());
            body("orelse", w.orelse());
        } else if (s instanceof If i) {
            open("If");
            exprField("test", i.test());
            body("body", i.body());
            body("orelse", i.orelse());
        } else if (s instanceof With w) {
            open("With");
            field("items").out.append('[');
            for (int i = 0; i < w.items().size(); i++) {
                if (i > 0) out.append(", ");
                open("withitem");
                exprField("context_expr", w.items().get(i).contextExpr());
                optional("optional_vars", w.items().get(i).optionalVars());
                out.append(')');
            }
            out.append(']');
            body("body", w.body());
        } else if (s instanceof Raise r) {
            open("Raise");
            optional("exc", r.exc());
            optional("cause", r.cause());
        } else if (s instanceof Try t) {
            open("Try");
            body("body", t.body());
            field("handlers").out.append('[');
            for (int i = 0; i < t.handlers().size(); i++) {
                if (i > 0) out.append(", ");
                ExceptHandler h = t.handlers().get(i);
                open("ExceptHandler");
                optional("type", h.type());
                if (h.name() != null) field("name").out.append(PyRepr.str(h.name()));
                body("body", h.body());
                close(h.span());
            }
            out.append(']');
            body("orelse", t.orelse());
            body("finalbody", t.finalbody());
        } else if (s instanceof Assert a) {
            open("Assert");
            exprField("test", a.test());
            optional("msg", a.msg());
        } else if (s instanceof Import i) {
            open("Import");
            aliases(i.names());
        } else if (s instanceof ImportFrom i) {
            open("ImportFrom");
            if (i.module() != null) field("module").out.append(PyRepr.str(i.module()));
            aliases(i.names());
            field("level").out.append(i.level());
        } else if (s instanceof Global g) {
            open("Global");
            strings("names", g.names());
        } else if (s instanceof Nonlocal n) {
            open("Nonlocal");
            strings("names", n.names());
        } else if (s instanceof ExprStmt e) {
            open("Expr");
            exprField("value", e.value());
        } else if (s instanceof Pass) {
            open("Pass");
        } else if (s instanceof Break) {
            open("Break");
        } else if (s instanceof Continue) {
            open("Continue");
        }
        close(s.span());
    }

    private void aliases(List<Alias> names) {
        field("names").out.append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) out.append(", ");
            Alias a = names.get(i);
            open("alias");
            field("name").out.append(PyRepr.str(a.name()));
            if (a.asname() != null) field("asname").out.append(PyRepr.str(a.asname()));
            close(a.span());
        }
        out.append(']');
    }

    private void arguments(Arguments a) {
        open("arguments");
        args("posonlyargs", a.posonly());
        args("args", a.args());
        if (a.vararg() != null) {
            field("vararg");
            arg(a.vararg());
        }
        args("kwonlyargs", a.kwonly());
        exprs("kw_defaults", a.kwDefaults());
        if (a.kwarg() != null) {
            field("kwarg");
            arg(a.kwarg());
        }
        exprs("defaults", a.defaults());
        out.append(')');
    }

    private void args(String name, List<Arg> args) {
        field(name).out.append('[');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) out.append(", ");
            arg(args.get(i));
        }
        out.append(']');
    }

    private void arg(Arg a) {
        open("arg");
        field("arg").out.append(PyRepr.str(a.name()));
        optional("annotation", a.annotation());
        close(a.span());
    }

    private void keywords(List<Keyword> keywords) {
        field("keywords").out.append('[');
        for (int i = 0; i < keywords.size(); i++) {
            if (i > 0) out.append(", ");
            Keyword k = keywords.get(i);
            open("keyword");
            if (k.arg() != null) field("arg").out.append(PyRepr.str(k.arg()));
            exprField("value", k.value());
            close(k.span());
        }
        out.append(']');
    }

    // --- expressions ----------------------------------------------------------------------------

    private void expr(Expr e) {
        if (e instanceof BoolOp b) {
            open("BoolOp");
            field("op").out.append(b.op() == BoolOperator.AND ? "And()" : "Or()");
            exprs("values", b.values());
        } else if (e instanceof BinOp b) {
            open("BinOp");
            exprField("left", b.left());
            field("op").out.append(operator(b.op()));
            exprField("right", b.right());
        } else if (e instanceof UnaryOp u) {
            open("UnaryOp");
            field("op").out.append(switch (u.op()) {
                case INVERT -> "Invert()";
                case NOT -> "Not()";
                case UADD -> "UAdd()";
                case USUB -> "USub()";
            });
            exprField("operand", u.operand());
        } else if (e instanceof Lambda l) {
            open("Lambda");
            field("args");
            arguments(l.args());
            exprField("body", l.body());
        } else if (e instanceof IfExp i) {
            open("IfExp");
            exprField("test", i.test());
            exprField("body", i.body());
            exprField("orelse", i.orelse());
        } else if (e instanceof DictExpr d) {
            open("Dict");
            exprs("keys", d.keys());
            exprs("values", d.values());
        } else if (e instanceof SetExpr s) {
            open("Set");
            exprs("elts", s.elts());
        } else if (e instanceof ListComp c) {
            open("ListComp");
            exprField("elt", c.elt());
            generators(c.generators());
        } else if (e instanceof SetComp c) {
            open("SetComp");
            exprField("elt", c.elt());
            generators(c.generators());
        } else if (e instanceof DictComp c) {
            open("DictComp");
            exprField("key", c.key());
            exprField("value", c.value());
            generators(c.generators());
        } else if (e instanceof GeneratorExp c) {
            open("GeneratorExp");
            exprField("elt", c.elt());
            generators(c.generators());
        } else if (e instanceof Yield y) {
            open("Yield");
            optional("value", y.value());
        } else if (e instanceof Compare c) {
            open("Compare");
            exprField("left", c.left());
            field("ops").out.append('[');
            for (int i = 0; i < c.ops().size(); i++) {
                if (i > 0) out.append(", ");
                out.append(cmpop(c.ops().get(i)));
            }
            out.append(']');
            exprs("comparators", c.comparators());
        } else if (e instanceof Call c) {
            open("Call");
            exprField("func", c.func());
            exprs("args", c.args());
            keywords(c.keywords());
        } else if (e instanceof FormattedValue f) {
            open("FormattedValue");
            exprField("value", f.value());
            field("conversion").out.append(f.conversion());
            optional("format_spec", f.formatSpec());
        } else if (e instanceof JoinedStr j) {
            open("JoinedStr");
            exprs("values", j.values());
        } else if (e instanceof Constant c) {
            open("Constant");
            field("value").out.append(constant(c.value()));
        } else if (e instanceof Attribute a) {
            open("Attribute");
            exprField("value", a.value());
            field("attr").out.append(PyRepr.str(a.attr()));
            ctx(a.ctx());
        } else if (e instanceof Subscript s) {
            open("Subscript");
            exprField("value", s.value());
            exprField("slice", s.slice());
            ctx(s.ctx());
        } else if (e instanceof Starred s) {
            open("Starred");
            exprField("value", s.value());
            ctx(s.ctx());
        } else if (e instanceof Name n) {
            open("Name");
            field("id").out.append(PyRepr.str(n.id()));
            ctx(n.ctx());
        } else if (e instanceof ListExpr l) {
            open("List");
            exprs("elts", l.elts());
            ctx(l.ctx());
        } else if (e instanceof TupleExpr t) {
            open("Tuple");
            exprs("elts", t.elts());
            ctx(t.ctx());
        } else if (e instanceof Slice s) {
            open("Slice");
            optional("lower", s.lower());
            optional("upper", s.upper());
            optional("step", s.step());
        }
        close(e.span());
    }

    private void generators(List<Comprehension> gens) {
        field("generators").out.append('[');
        for (int i = 0; i < gens.size(); i++) {
            if (i > 0) out.append(", ");
            Comprehension g = gens.get(i);
            open("comprehension");
            exprField("target", g.target());
            exprField("iter", g.iter());
            exprs("ifs", g.ifs());
            field("is_async").out.append(0);
            out.append(')');
        }
        out.append(']');
    }

    private static String constant(Object v) {
        if (v == null) return "None";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v == Constant.Ellipsis.ELLIPSIS) return "Ellipsis";
        if (v instanceof String s) return PyRepr.str(s);
        if (v instanceof Long || v instanceof BigInteger) return v.toString();
        if (v instanceof Double d) return PyRepr.floatRepr(d);
        throw new IllegalStateException("not a constant: " + v);
    }

    private static String operator(Operator op) {
        return switch (op) {
            case ADD -> "Add()";
            case SUB -> "Sub()";
            case MULT -> "Mult()";
            case MATMULT -> "MatMult()";
            case DIV -> "Div()";
            case MOD -> "Mod()";
            case POW -> "Pow()";
            case LSHIFT -> "LShift()";
            case RSHIFT -> "RShift()";
            case BITOR -> "BitOr()";
            case BITXOR -> "BitXor()";
            case BITAND -> "BitAnd()";
            case FLOORDIV -> "FloorDiv()";
        };
    }

    private static String cmpop(CmpOp op) {
        return switch (op) {
            case EQ -> "Eq()";
            case NOT_EQ -> "NotEq()";
            case LT -> "Lt()";
            case LT_E -> "LtE()";
            case GT -> "Gt()";
            case GT_E -> "GtE()";
            case IS -> "Is()";
            case IS_NOT -> "IsNot()";
            case IN -> "In()";
            case NOT_IN -> "NotIn()";
        };
    }

    /** Python's repr of str and float, as far as ast.dump needs it. */
    static final class PyRepr {
        private PyRepr() {
        }

        static String str(String s) {
            char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder b = new StringBuilder().append(quote);
            s.codePoints().forEach(c -> {
                if (c == quote || c == '\\') {
                    b.append('\\').appendCodePoint(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else if (c < 0x20 || c == 0x7f) {
                    b.append(String.format("\\x%02x", c));
                } else if (c >= 0x80 && !printable(c)) {
                    b.append(c <= 0xff ? String.format("\\x%02x", c)
                            : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
                } else {
                    b.appendCodePoint(c);
                }
            });
            return b.append(quote).toString();
        }

        private static boolean printable(int c) {
            return switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE,
                        Character.PRIVATE_USE, Character.UNASSIGNED, Character.LINE_SEPARATOR,
                        Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
                default -> true;
            };
        }

        /** repr(float) for the values tests use (shortest digits from Java, Python's layout). */
        static String floatRepr(double d) {
            if (Double.isNaN(d)) return "nan";
            if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
            if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
            BigDecimal v = new BigDecimal(Double.toString(d)).stripTrailingZeros();
            String digits = v.unscaledValue().abs().toString();
            int exponent = digits.length() - 1 - v.scale();
            String sign = d < 0 ? "-" : "";
            if (exponent < -4 || exponent >= 16) {
                String mantissa = digits.length() == 1 ? digits
                        : digits.charAt(0) + "." + digits.substring(1);
                return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
                        + String.format("%02d", Math.abs(exponent));
            }
            String plain = v.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
    }
}
