package gilsim.lang.compiler;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gilsim.lang.ast.Alias;
import gilsim.lang.ast.Arg;
import gilsim.lang.ast.Arguments;
import gilsim.lang.ast.BoolOperator;
import gilsim.lang.ast.CmpOp;
import gilsim.lang.ast.Comprehension;
import gilsim.lang.ast.ExceptHandler;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Keyword;
import gilsim.lang.ast.Module;
import gilsim.lang.ast.Operator;
import gilsim.lang.ast.Span;
import gilsim.lang.ast.Stmt;
import gilsim.lang.ast.UnaryOperator;
import gilsim.lang.ast.WithItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Test support: CPython's own parser as the front end. Runs {@code ast_json.py} under python3
 * and converts the JSON into gilsim's AST, so the compiler can be tested on exactly the tree
 * CPython compiles, independently of gilsim's parser.
 */
final class PythonAst {
    private PythonAst() {
    }

    static Module parse(String source) {
        return parseAll(List.of(source)).get(0);
    }

    /** Parses many sources with one python3 run. */
    static List<Module> parseAll(List<String> sources) {
        List<Module> out = new ArrayList<>();
        for (String json : CPython311.run("ast_json.py", sources).split("\n")) {
            if (!json.isBlank()) {
                out.add(module(JsonParser.parseString(json).getAsJsonObject()));
            }
        }
        return out;
    }

    private static Module module(JsonObject o) {
        return new Module(stmts(o.getAsJsonArray("body")));
    }

    private static Span span(JsonObject o) {
        JsonArray a = o.getAsJsonArray("_span");
        return new Span(a.get(0).getAsInt(), a.get(1).getAsInt(), a.get(2).getAsInt(), a.get(3).getAsInt());
    }

    private static <T> List<T> list(JsonElement e, Function<JsonObject, T> f) {
        List<T> out = new ArrayList<>();
        for (JsonElement x : e.getAsJsonArray()) {
            out.add(x.isJsonNull() ? null : f.apply(x.getAsJsonObject()));
        }
        return out;
    }

    private static List<Stmt> stmts(JsonElement e) {
        return list(e, PythonAst::stmt);
    }

    private static List<Expr> exprs(JsonElement e) {
        return list(e, PythonAst::expr);
    }

    private static Expr opt(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : expr(e.getAsJsonObject());
    }

    private static String str(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static List<String> strs(JsonElement e) {
        List<String> out = new ArrayList<>();
        e.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
        return out;
    }

    private static Stmt stmt(JsonObject o) {
        Span s = span(o);
        switch (o.get("_type").getAsString()) {
            case "FunctionDef":
                return new Stmt.FunctionDef(str(o, "name"), arguments(o.getAsJsonObject("args")),
                        stmts(o.get("body")), exprs(o.get("decorator_list")), opt(o, "returns"), s);
            case "ClassDef":
                return new Stmt.ClassDef(str(o, "name"), exprs(o.get("bases")),
                        list(o.get("keywords"), PythonAst::keyword), stmts(o.get("body")),
                        exprs(o.get("decorator_list")), s);
            case "Return": return new Stmt.Return(opt(o, "value"), s);
            case "Delete": return new Stmt.Delete(exprs(o.get("targets")), s);
            case "Assign": return new Stmt.Assign(exprs(o.get("targets")), opt(o, "value"), s);
            case "AugAssign":
                return new Stmt.AugAssign(opt(o, "target"), operator(str(o, "op")), opt(o, "value"), s);
            case "AnnAssign":
                return new Stmt.AnnAssign(opt(o, "target"), opt(o, "annotation"), opt(o, "value"),
                        o.get("simple").getAsInt() != 0, s);
            case "For":
                return new Stmt.For(opt(o, "target"), opt(o, "iter"), stmts(o.get("body")), stmts(o.get("orelse")), s);
            case "While":
                return new Stmt.While(opt(o, "test"), stmts(o.get("body")), stmts(o.get("orelse")), s);
            case "If":
                return new Stmt.If(opt(o, "test"), stmts(o.get("body")), stmts(o.get("orelse")), s);
            case "With":
                return new Stmt.With(list(o.get("items"), i -> new WithItem(opt(i, "context_expr"),
                        opt(i, "optional_vars"))), stmts(o.get("body")), s);
            case "Raise": return new Stmt.Raise(opt(o, "exc"), opt(o, "cause"), s);
            case "Try":
                return new Stmt.Try(stmts(o.get("body")), list(o.get("handlers"), h -> new ExceptHandler(
                        opt(h, "type"), str(h, "name"), stmts(h.get("body")), span(h))),
                        stmts(o.get("orelse")), stmts(o.get("finalbody")), s);
            case "Assert": return new Stmt.Assert(opt(o, "test"), opt(o, "msg"), s);
            case "Import": return new Stmt.Import(list(o.get("names"), PythonAst::alias), s);
            case "ImportFrom":
                return new Stmt.ImportFrom(str(o, "module"), list(o.get("names"), PythonAst::alias),
                        o.get("level").getAsInt(), s);
            case "Global": return new Stmt.Global(strs(o.get("names")), s);
            case "Nonlocal": return new Stmt.Nonlocal(strs(o.get("names")), s);
            case "Expr": return new Stmt.ExprStmt(opt(o, "value"), s);
            case "Pass": return new Stmt.Pass(s);
            case "Break": return new Stmt.Break(s);
            case "Continue": return new Stmt.Continue(s);
            default: throw new IllegalArgumentException("statement not in gilsim's AST: " + o.get("_type"));
        }
    }

    private static Alias alias(JsonObject o) {
        return new Alias(str(o, "name"), str(o, "asname"), span(o));
    }

    private static Keyword keyword(JsonObject o) {
        return new Keyword(str(o, "arg"), opt(o, "value"), span(o));
    }

    private static Arg arg(JsonObject o) {
        return new Arg(str(o, "arg"), opt(o, "annotation"), span(o));
    }

    private static Arguments arguments(JsonObject o) {
        JsonElement vararg = o.get("vararg");
        JsonElement kwarg = o.get("kwarg");
        return new Arguments(list(o.get("posonlyargs"), PythonAst::arg), list(o.get("args"), PythonAst::arg),
                vararg.isJsonNull() ? null : arg(vararg.getAsJsonObject()),
                list(o.get("kwonlyargs"), PythonAst::arg), exprs(o.get("kw_defaults")),
                kwarg.isJsonNull() ? null : arg(kwarg.getAsJsonObject()), exprs(o.get("defaults")));
    }

    private static List<Comprehension> generators(JsonElement e) {
        return list(e, g -> new Comprehension(opt(g, "target"), opt(g, "iter"), exprs(g.get("ifs"))));
    }

    private static ExprContext ctx(JsonObject o) {
        return switch (o.get("ctx").getAsString()) {
            case "Load" -> ExprContext.LOAD;
            case "Store" -> ExprContext.STORE;
            default -> ExprContext.DEL;
        };
    }

    private static Expr expr(JsonObject o) {
        Span s = span(o);
        switch (o.get("_type").getAsString()) {
            case "BoolOp":
                return new Expr.BoolOp(str(o, "op").equals("And") ? BoolOperator.AND : BoolOperator.OR,
                        exprs(o.get("values")), s);
            case "BinOp": return new Expr.BinOp(opt(o, "left"), operator(str(o, "op")), opt(o, "right"), s);
            case "UnaryOp": return new Expr.UnaryOp(unary(str(o, "op")), opt(o, "operand"), s);
            case "Lambda": return new Expr.Lambda(arguments(o.getAsJsonObject("args")), opt(o, "body"), s);
            case "IfExp": return new Expr.IfExp(opt(o, "test"), opt(o, "body"), opt(o, "orelse"), s);
            case "Dict": return new Expr.DictExpr(exprs(o.get("keys")), exprs(o.get("values")), s);
            case "Set": return new Expr.SetExpr(exprs(o.get("elts")), s);
            case "ListComp": return new Expr.ListComp(opt(o, "elt"), generators(o.get("generators")), s);
            case "SetComp": return new Expr.SetComp(opt(o, "elt"), generators(o.get("generators")), s);
            case "DictComp":
                return new Expr.DictComp(opt(o, "key"), opt(o, "value"), generators(o.get("generators")), s);
            case "GeneratorExp": return new Expr.GeneratorExp(opt(o, "elt"), generators(o.get("generators")), s);
            case "Yield": return new Expr.Yield(opt(o, "value"), s);
            case "Compare":
                return new Expr.Compare(opt(o, "left"), strs(o.get("ops")).stream().map(PythonAst::cmpop).toList(),
                        exprs(o.get("comparators")), s);
            case "Call":
                return new Expr.Call(opt(o, "func"), exprs(o.get("args")), list(o.get("keywords"), PythonAst::keyword), s);
            case "FormattedValue":
                return new Expr.FormattedValue(opt(o, "value"), o.get("conversion").getAsInt(), opt(o, "format_spec"), s);
            case "JoinedStr": return new Expr.JoinedStr(exprs(o.get("values")), s);
            case "Constant": return new Expr.Constant(constant(o.getAsJsonObject("value")), s);
            case "Attribute": return new Expr.Attribute(opt(o, "value"), str(o, "attr"), ctx(o), s);
            case "Subscript": return new Expr.Subscript(opt(o, "value"), opt(o, "slice"), ctx(o), s);
            case "Starred": return new Expr.Starred(opt(o, "value"), ctx(o), s);
            case "Name": return new Expr.Name(str(o, "id"), ctx(o), s);
            case "List": return new Expr.ListExpr(exprs(o.get("elts")), ctx(o), s);
            case "Tuple": return new Expr.TupleExpr(exprs(o.get("elts")), ctx(o), s);
            case "Slice": return new Expr.Slice(opt(o, "lower"), opt(o, "upper"), opt(o, "step"), s);
            default: throw new IllegalArgumentException("expression not in gilsim's AST: " + o.get("_type"));
        }
    }

    private static Object constant(JsonObject v) {
        if (v.has("None")) {
            return null;
        }
        if (v.has("Ellipsis")) {
            return Expr.Constant.Ellipsis.ELLIPSIS;
        }
        if (v.has("bool")) {
            return v.get("bool").getAsBoolean();
        }
        if (v.has("int")) {
            BigInteger i = new BigInteger(v.get("int").getAsString());
            return i.bitLength() < 64 ? (Object) i.longValue() : i;
        }
        if (v.has("float")) {
            return Double.parseDouble(v.get("float").getAsString());
        }
        return v.get("str").getAsString();
    }

    private static Operator operator(String name) {
        return switch (name) {
            case "Add" -> Operator.ADD;
            case "Sub" -> Operator.SUB;
            case "Mult" -> Operator.MULT;
            case "MatMult" -> Operator.MATMULT;
            case "Div" -> Operator.DIV;
            case "Mod" -> Operator.MOD;
            case "Pow" -> Operator.POW;
            case "LShift" -> Operator.LSHIFT;
            case "RShift" -> Operator.RSHIFT;
            case "BitOr" -> Operator.BITOR;
            case "BitXor" -> Operator.BITXOR;
            case "BitAnd" -> Operator.BITAND;
            case "FloorDiv" -> Operator.FLOORDIV;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static UnaryOperator unary(String name) {
        return switch (name) {
            case "Invert" -> UnaryOperator.INVERT;
            case "Not" -> UnaryOperator.NOT;
            case "UAdd" -> UnaryOperator.UADD;
            default -> UnaryOperator.USUB;
        };
    }

    private static CmpOp cmpop(String name) {
        return switch (name) {
            case "Eq" -> CmpOp.EQ;
            case "NotEq" -> CmpOp.NOT_EQ;
            case "Lt" -> CmpOp.LT;
            case "LtE" -> CmpOp.LT_E;
            case "Gt" -> CmpOp.GT;
            case "GtE" -> CmpOp.GT_E;
            case "Is" -> CmpOp.IS;
            case "IsNot" -> CmpOp.IS_NOT;
            case "In" -> CmpOp.IN;
            default -> CmpOp.NOT_IN;
        };
    }
}
