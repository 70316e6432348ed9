package gilsim.lang;

import static gilsim.lang.TokenKind.*;

import gilsim.lang.ast.Alias;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.*;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Span;
import gilsim.lang.ast.Stmt;
import gilsim.lang.ast.Stmt.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements: the file, blocks, and the simple statements (assignment in all its forms, del,
 * return, raise, global, nonlocal, assert, import, pass, break, continue, expressions). Compound
 * statements are read by {@link CompoundParser}.
 */
final class StatementParser {

    private final TokenCursor c;
    private final ExpressionParser x;
    private final CompoundParser compound;

    StatementParser(TokenCursor cursor, ExpressionParser expressions) {
        this.c = cursor;
        this.x = expressions;
        this.compound = new CompoundParser(cursor, expressions, this);
    }

    /** {@code file: statements ENDMARKER}. */
    List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!c.check(ENDMARKER)) statement(body);
        return body;
    }

    void statement(List<Stmt> out) {
        Stmt s = compound.statement();
        if (s != null) {
            out.add(s);
        } else {
            simpleStatements(out);
        }
    }

    /**
     * {@code block}: NEWLINE INDENT statements DEDENT, or simple statements on the header's line.
     * A missing indentation is CPython's "expected an indented block after {what} on line N".
     */
    List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (!c.match(NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        if (!c.check(INDENT)) {
            throw c.indentationError(c.peek(),
                    "expected an indented block after " + what + " on line " + header.line());
        }
        c.advance();
        while (!c.check(DEDENT) && !c.check(ENDMARKER)) statement(body);
        c.expect(DEDENT);
        return body;
    }

    /** {@code simple_stmts}: simple statements separated by ';', then NEWLINE. */
    void simpleStatements(List<Stmt> out) {
        int start;
        Stmt last;
        do {
            start = c.mark();
            parsingFirstExpression = false;
            try {
                last = simpleStatement();
                out.add(last);
            } catch (TokenCursor.ParseError e) {
                throw e.isGeneric() && parsingFirstExpression ? errorPass(start, e) : e;
            }
        } while (c.match(SEMICOLON) && !c.check(NEWLINE));
        if (!c.check(NEWLINE)) {
            TokenCursor.ParseError e = c.invalidSyntax();
            throw last instanceof ExprStmt ? errorPass(start, e) : e;
        }
        c.advance();
    }

    /**
     * True while the first expression of an expression statement is being read: a failure
     * there, like an expression statement left unfinished, sends CPython to its error rules for
     * assignments; a failure after a complete {@code target =} does not (its PEG parser takes
     * the longest valid assignment and fails after it).
     */
    private boolean parsingFirstExpression;

    /**
     * After a plain failure, CPython's second pass reads the statement again with its error
     * rules; for a statement that starts with an expression, invalid_assignment reads it as
     * {@code a, b... : annotation}, during which a {@code name = value} item raises "Maybe you
     * meant '=='". Returns the specific error if one applies, else {@code generic}.
     */
    private TokenCursor.ParseError errorPass(int start, TokenCursor.ParseError generic) {
        int saved = c.mark();
        c.reset(start);
        if (!ExpressionParser.startsExpression(c.peek()) || c.peek().is(NOT)) {
            c.reset(saved);
            return generic;
        }
        try {
            Expr first = x.attempt(x::starNamedExpression);
            if (first != null && c.match(COMMA)) {
                while (x.attempt(x::starNamedExpression) != null) c.match(COMMA);
                if (c.match(COLON) && x.attempt(x::expression) != null) {
                    return c.errorAt(first, "only single target (not tuple) can be annotated");
                }
            }
        } catch (TokenCursor.ParseError specific) {
            return specific;
        } finally {
            c.reset(saved);
        }
        return generic;
    }

    private Stmt simpleStatement() {
        Token t = c.peek();
        switch (t.kind()) {
            case PASS:
                c.advance();
                return new Pass(t.span());
            case BREAK:
                c.advance();
                return new Break(t.span());
            case CONTINUE:
                c.advance();
                return new Continue(t.span());
            case RETURN: {
                c.advance();
                Expr value = ExpressionParser.startsExpression(c.peek()) ? x.starExpressions() : null;
                return new Return(value, x.from(t));
            }
            case RAISE:
                return raise();
            case GLOBAL:
            case NONLOCAL:
                return declaration();
            case DEL:
                return delete();
            case ASSERT: {
                c.advance();
                Expr test = x.expression();
                Expr msg = c.match(COMMA) ? x.expression() : null;
                return new Assert(test, msg, x.from(t));
            }
            case IMPORT:
                return importStatement();
            case FROM:
                return importFrom();
            default:
                return expressionStatement();
        }
    }

    private Stmt raise() {
        Token kw = c.advance();
        Expr exc = null;
        Expr cause = null;
        if (ExpressionParser.startsExpression(c.peek())) {
            exc = x.expression();
            if (c.match(FROM)) cause = x.expression();
        }
        return new Raise(exc, cause, x.from(kw));
    }

    private Stmt declaration() {
        Token kw = c.advance();
        List<String> names = new ArrayList<>();
        do {
            names.add(c.expect(NAME).text());
        } while (c.match(COMMA));
        return kw.is(GLOBAL) ? new Global(names, x.from(kw)) : new Nonlocal(names, x.from(kw));
    }

    /** {@code del a, b[0], c.x}: each target in DEL context, or "cannot delete ...". */
    private Stmt delete() {
        Token kw = c.advance();
        List<Expr> targets = new ArrayList<>();
        do {
            targets.add(x.starExpression());
        } while (c.match(COMMA) && ExpressionParser.startsExpression(c.peek()));
        List<Expr> stored = new ArrayList<>();
        for (Expr t : targets) {
            Expr bad = Targets.invalidTarget(t, Targets.Kind.DEL_TARGETS);
            if (bad != null) throw c.errorAt(bad, "cannot delete " + Targets.describe(bad));
            stored.add(Targets.withContext(t, ExprContext.DEL));
        }
        return new Delete(stored, x.from(kw));
    }

    private Stmt importStatement() {
        Token kw = c.advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token start = c.peek();
            String name = dottedName();
            String asname = c.match(AS) ? c.expect(NAME).text() : null;
            names.add(new Alias(name, asname, x.from(start)));
        } while (c.match(COMMA));
        return new Import(names, x.from(kw));
    }

    private Stmt importFrom() {
        Token kw = c.advance();
        int level = 0;
        for (; c.check(DOT) || c.check(ELLIPSIS); c.advance()) level += c.check(DOT) ? 1 : 3;
        String module = level == 0 || c.check(NAME) ? dottedName() : null;
        c.expect(IMPORT);
        List<Alias> names = new ArrayList<>();
        if (c.check(STAR)) {
            Token star = c.advance();
            c.unsupported("star imports (`from ... import *`)", true, star.line());
            names.add(new Alias("*", null, star.span()));
        } else if (c.match(LPAREN)) {
            do {
                names.add(importedName());
            } while (c.match(COMMA) && !c.check(RPAREN));
            c.expect(RPAREN);
        } else {
            do {
                names.add(importedName());
            } while (c.match(COMMA));
        }
        return new ImportFrom(module, names, level, x.from(kw));
    }

    private Alias importedName() {
        if (c.check(NEWLINE) && c.previous().is(COMMA)) {
            throw c.errorAtLastToken("trailing comma not allowed without surrounding parentheses");
        }
        Token name = c.expect(NAME);
        String asname = c.match(AS) ? c.expect(NAME).text() : null;
        return new Alias(name.text(), asname, x.from(name));
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(c.expect(NAME).text());
        while (c.match(DOT)) name.append('.').append(c.expect(NAME).text());
        return name.toString();
    }

    // --- expression statements and assignments -------------------------------------------------

    private Stmt expressionStatement() {
        Token start = c.peek();
        parsingFirstExpression = true;
        Expr first = c.check(YIELD) ? x.yieldExpression() : x.starExpressions();
        parsingFirstExpression = false;
        if (c.check(EQUAL)) return assignment(start, first);
        if (ExpressionParser.binaryOperator(c.peek().kind()) != null && isAugmented(c.peek())) {
            return augmentedAssignment(start, first);
        }
        if (c.check(COLON)) return annotatedAssignment(start, first);
        return new ExprStmt(first, x.from(start));
    }

    private static boolean isAugmented(Token t) {
        return t.kind().text != null && t.kind().text.endsWith("=") && t.kind() != EQEQUAL
                && t.kind() != NOTEQUAL && t.kind() != LESSEQUAL && t.kind() != GREATEREQUAL;
    }

    /** {@code a = b = value}: every target but the value is checked and put in STORE context. */
    private Stmt assignment(Token start, Expr first) {
        List<Expr> chain = new ArrayList<>(List.of(first));
        int afterFirstEqual = -1;
        while (c.match(EQUAL)) {
            if (afterFirstEqual < 0) afterFirstEqual = c.mark();
            chain.add(c.check(YIELD) ? x.yieldExpression() : x.starExpressions());
        }
        Expr value = chain.remove(chain.size() - 1);
        List<Expr> targets = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            Expr target = chain.get(i);
            boolean invalid = target instanceof Yield
                    || Targets.invalidTarget(target, Targets.Kind.STAR_TARGETS) != null;
            if (invalid && i == 0) maybeMeantEquals(start, target, afterFirstEqual);
            if (target instanceof Yield) {
                throw c.errorAt(target, "assignment to yield expression not possible");
            }
            Expr bad = Targets.invalidTarget(target, Targets.Kind.STAR_TARGETS);
            if (bad != null) throw c.errorAt(bad, "cannot assign to " + Targets.describe(bad));
            targets.add(Targets.withContext(target, ExprContext.STORE));
        }
        return new Assign(targets, value, x.from(start));
    }

    /**
     * CPython reports an invalid first target through invalid_named_expression when the target
     * reads like a comparison typed with '=': the expression just before the first '=' (the
     * target, or the last item of an unparenthesised tuple) followed by '=', a bitwise_or and no
     * further '='. A name there gives "Maybe you meant '==' or ':='", anything else
     * "cannot assign to ... here. Maybe you meant '=='".
     */
    private void maybeMeantEquals(Token start, Expr target, int afterFirstEqual) {
        Expr candidate = target;
        if (target instanceof TupleExpr t) {
            if (startsWithParen(t) || t.elts().isEmpty()) return;
            candidate = t.elts().get(t.elts().size() - 1);
            if (candidate.span().endCol() != t.span().endCol()
                    || candidate.span().endLine() != t.span().endLine()) {
                return;
            }
        }
        int saved = c.mark();
        c.reset(afterFirstEqual);
        c.beginErrorRule();
        Expr value;
        boolean matches;
        try {
            value = x.speculate(x::bitwiseOr);
            matches = value != null && !c.check(EQUAL) && !c.check(COLONEQUAL);
        } finally {
            c.endErrorRule();
        }
        c.reset(saved);
        if (!matches) return;
        if (candidate instanceof Name) {
            throw c.errorBetween(candidate.span(), value.span(),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        boolean parenthesized = candidate == target
                && (start.line() != target.line() || start.column() != target.col());
        boolean bitwiseOr = candidate instanceof Yield ? parenthesized
                : Targets.isBitwiseOrLevel(candidate);
        if (bitwiseOr && !Targets.startsWithDisplayOrSingleton(candidate)) {
            throw c.errorAt(candidate, "cannot assign to " + Targets.describe(candidate)
                    + " here. Maybe you meant '==' instead of '='?");
        }
    }

    private Stmt augmentedAssignment(Token start, Expr target) {
        Token op = c.advance();
        Expr value = c.check(YIELD) ? x.yieldExpression() : x.starExpressions();
        if (!Targets.isSingleTarget(target)) {
            throw c.errorAt(target, "'" + Targets.describe(target)
                    + "' is an illegal expression for augmented assignment");
        }
        return new AugAssign(Targets.withContext(target, ExprContext.STORE),
                ExpressionParser.binaryOperator(op.kind()), value, x.from(start));
    }

    /** {@code target: annotation [= value]}, with CPython's checks on the target. */
    private Stmt annotatedAssignment(Token start, Expr target) {
        if (!Targets.isSingleTarget(target)) {
            // CPython's target errors need a whole "target: annotation" to match.
            int colon = c.mark();
            c.advance();
            Expr annotation = x.attempt(x::expression);
            c.reset(colon);
            if (annotation == null) throw c.invalidSyntax();
        }
        if (target instanceof TupleExpr t && !startsWithParen(t)) {
            throw c.errorAt(t.elts().get(0), "only single target (not tuple) can be annotated");
        }
        if (target instanceof TupleExpr || target instanceof ListExpr) {
            throw c.errorAt(target, "only single target (not " + Targets.describe(target)
                    + ") can be annotated");
        }
        if (!Targets.isSingleTarget(target)) throw c.errorAt(target, "illegal target for annotation");
        c.expect(COLON);
        Expr annotation = x.expression();
        Expr value = null;
        if (c.match(EQUAL)) value = c.check(YIELD) ? x.yieldExpression() : x.starExpressions();
        boolean simple = target instanceof Name && start.is(NAME);
        return new AnnAssign(Targets.withContext(target, ExprContext.STORE), annotation, value,
                simple, x.from(start));
    }

    private static boolean startsWithParen(TupleExpr t) {
        if (t.elts().isEmpty()) return true;
        Span first = t.elts().get(0).span();
        return first.line() != t.span().line() || first.col() != t.span().col();
    }
}
