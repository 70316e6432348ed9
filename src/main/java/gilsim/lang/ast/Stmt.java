package gilsim.lang.ast;

import java.util.List;

/**
 * Statements of gilsim's Python subset, named as in CPython's {@code ast} module (CPython's
 * {@code ast.Expr} statement is {@link ExprStmt} here). Lists are never null; nullable fields say
 * so. A compound statement's span starts at its keyword ({@code def}, not its first decorator,
 * as CPython 3.8+) and ends where its last body statement ends.
 */
public sealed interface Stmt {

    Span span();

    default int line() {
        return span().line();
    }

    default int col() {
        return span().col();
    }

    <R> R accept(Visitor<R> v);

    /**
     * {@code def name(args) -> returns: body}. {@code decorators} in source order (applied last
     * to first). {@code returns} is the nullable return annotation: parsed, kept, and of no
     * effect in gilsim unless the compiler decides otherwise (parameter annotations likewise sit
     * in {@link Arg#annotation()}).
     */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFunctionDef(this); }
    }

    /**
     * {@code class name(bases): body}. A cell with class keyword arguments ({@code metaclass=})
     * is reported as outside the subset by {@code Parser.parse}, so {@code keywords} is empty in
     * any tree the compiler receives; the field keeps CPython's shape.
     */
    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
            List<Expr> decorators, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitClassDef(this); }
    }

    /** {@code return} or {@code return value}; {@code value} is nullable. */
    record Return(Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    /** {@code del a, b[0], c.x}: targets in DEL context. */
    record Delete(List<Expr> targets, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitDelete(this); }
    }

    /**
     * {@code a = b = value}: {@code targets} left to right ([a, b]), each in STORE context;
     * CPython evaluates {@code value} once and stores it into the targets left to right.
     */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    /** {@code target op= value}; target is a Name, Attribute or Subscript in STORE context. */
    record AugAssign(Expr target, Operator op, Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAugAssign(this); }
    }

    /**
     * {@code target: annotation = value} ({@code value} nullable). Accepted by the parser, as
     * annotations are part of everyday Python; {@code simple} is true when the target is a bare
     * name not in parentheses, as in CPython. What CPython does with it: with a value, assign
     * it to the target; in a function, nothing else (the annotation is not even evaluated); at
     * module or class level, also evaluate the annotation of a simple target and store it in
     * {@code __annotations__}. The subset has no {@code __annotations__}: compiling it as a
     * plain assignment (and nothing without a value) differs from CPython only there.
     */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Span span)
            implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAnnAssign(this); }
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Span span)
            implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    /** {@code elif} is an If nested alone in {@code orelse}, as in CPython. */
    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    /** {@code with a as x, b: body}: several items, entered left to right. */
    record With(List<WithItem> items, List<Stmt> body, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWith(this); }
    }

    /** {@code raise}, {@code raise exc}, {@code raise exc from cause}; both nullable. */
    record Raise(Expr exc, Expr cause, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitRaise(this); }
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    /** {@code assert test, msg}; {@code msg} is nullable. */
    record Assert(Expr test, Expr msg, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssert(this); }
    }

    /** {@code import a.b as c, d}. */
    record Import(List<Alias> names, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImport(this); }
    }

    /**
     * {@code from module import a as b}. {@code module} is nullable for {@code from . import x};
     * {@code level} counts the leading dots. {@code import *} is rejected by the parser.
     */
    record ImportFrom(String module, List<Alias> names, int level, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImportFrom(this); }
    }

    record Global(List<String> names, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitGlobal(this); }
    }

    record Nonlocal(List<String> names, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitNonlocal(this); }
    }

    /** An expression used as a statement (CPython's {@code ast.Expr}). */
    record ExprStmt(Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitExprStmt(this); }
    }

    record Pass(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitPass(this); }
    }

    record Break(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitBreak(this); }
    }

    record Continue(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitContinue(this); }
    }

    interface Visitor<R> {
        R visitFunctionDef(FunctionDef s);
        R visitClassDef(ClassDef s);
        R visitReturn(Return s);
        R visitDelete(Delete s);
        R visitAssign(Assign s);
        R visitAugAssign(AugAssign s);
        R visitAnnAssign(AnnAssign s);
        R visitFor(For s);
        R visitWhile(While s);
        R visitIf(If s);
        R visitWith(With s);
        R visitRaise(Raise s);
        R visitTry(Try s);
        R visitAssert(Assert s);
        R visitImport(Import s);
        R visitImportFrom(ImportFrom s);
        R visitGlobal(Global s);
        R visitNonlocal(Nonlocal s);
        R visitExprStmt(ExprStmt s);
        R visitPass(Pass s);
        R visitBreak(Break s);
        R visitContinue(Continue s);
    }
}
