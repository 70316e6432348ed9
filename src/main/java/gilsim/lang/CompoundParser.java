package gilsim.lang;

import static gilsim.lang.TokenKind.*;

import gilsim.lang.ast.Arguments;
import gilsim.lang.ast.ExceptHandler;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.*;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Span;
import gilsim.lang.ast.Stmt;
import gilsim.lang.ast.Stmt.*;
import gilsim.lang.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Compound statements: if/elif/else, while, for, try/except/else/finally, with, def, class,
 * decorators, and the recognisable-but-unsupported async and match statements.
 *
 * <p>The colon after a header is checked as CPython's grammar does it, which differs by
 * statement: after def, try, else and finally any other token gives "expected ':'"; after if,
 * elif, while, for, with, class and except only a line break does, anything else being "invalid
 * syntax".
 */
final class CompoundParser {

    private final TokenCursor c;
    private final ExpressionParser x;
    private final StatementParser statements;

    CompoundParser(TokenCursor cursor, ExpressionParser expressions, StatementParser statements) {
        this.c = cursor;
        this.x = expressions;
        this.statements = statements;
    }

    /** The compound statement at the cursor, or null if it starts a simple statement. */
    Stmt statement() {
        return switch (c.peek().kind()) {
            case IF -> ifStatement();
            case WHILE -> whileStatement();
            case FOR -> forStatement();
            case TRY -> tryStatement();
            case WITH -> withStatement();
            case DEF -> functionDef(List.of());
            case CLASS -> classDef(List.of());
            case AT -> decorated();
            case ASYNC -> asyncStatement();
            case NAME -> looksLikeMatch() ? matchStatement() : null;
            default -> null;
        };
    }

    private void colonOnSameLine() {
        if (c.check(NEWLINE)) throw c.errorAtLastToken("expected ':'");
        c.expect(COLON);
    }

    private static Span span(Token keyword, List<Stmt> lastBlock) {
        Span end = lastBlock.get(lastBlock.size() - 1).span();
        return new Span(keyword.line(), keyword.column(), end.endLine(), end.endCol());
    }

    private Stmt ifStatement() {
        Token kw = c.advance();
        Expr test = x.namedExpression();
        colonOnSameLine();
        List<Stmt> body = statements.block(kw.is(IF) ? "'if' statement" : "'elif' statement", kw);
        List<Stmt> orelse = List.of();
        if (c.check(ELIF)) {
            orelse = List.of(ifStatement());
        } else if (c.check(ELSE)) {
            orelse = elseBlock();
        }
        return new If(test, body, orelse, span(kw, orelse.isEmpty() ? body : orelse));
    }

    private List<Stmt> elseBlock() {
        Token kw = c.expect(ELSE);
        c.expect(COLON, "expected ':'");
        return statements.block("'else' statement", kw);
    }

    private Stmt whileStatement() {
        Token kw = c.advance();
        Expr test = x.namedExpression();
        colonOnSameLine();
        List<Stmt> body = statements.block("'while' statement", kw);
        List<Stmt> orelse = c.check(ELSE) ? elseBlock() : List.of();
        return new While(test, body, orelse, span(kw, orelse.isEmpty() ? body : orelse));
    }

    private Stmt forStatement() {
        Token kw = c.advance();
        Expr target = x.displays.forTarget();
        c.expect(IN);
        Expr iter = x.starExpressions();
        colonOnSameLine();
        List<Stmt> body = statements.block("'for' statement", kw);
        List<Stmt> orelse = c.check(ELSE) ? elseBlock() : List.of();
        return new For(target, iter, body, orelse, span(kw, orelse.isEmpty() ? body : orelse));
    }

    private Stmt tryStatement() {
        Token kw = c.advance();
        c.expect(COLON, "expected ':'");
        List<Stmt> body = statements.block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        while (c.check(EXCEPT)) handlers.add(handler());
        List<Stmt> orelse = !handlers.isEmpty() && c.check(ELSE) ? elseBlock() : List.of();
        List<Stmt> finalbody = List.of();
        if (c.check(FINALLY)) {
            Token fin = c.advance();
            c.expect(COLON, "expected ':'");
            finalbody = statements.block("'finally' statement", fin);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw c.errorAtLastToken("expected 'except' or 'finally' block");
        }
        Span end = !finalbody.isEmpty() ? span(kw, finalbody) : !orelse.isEmpty()
                ? span(kw, orelse) : Span.between(kw.span(), handlers.get(handlers.size() - 1).span());
        return new Try(body, handlers, orelse, finalbody, end);
    }

    private ExceptHandler handler() {
        Token kw = c.advance();
        if (c.check(STAR)) {
            c.unsupported("`except*` clauses (exception groups)", true, c.advance().line());
        }
        Expr type = null;
        String name = null;
        if (!c.check(COLON)) {
            if (c.check(NEWLINE)) throw c.errorAtLastToken("expected ':'");
            type = x.expression();
            if (c.check(COMMA)) {
                while (c.match(COMMA)) x.expression();
                throw c.errorAt(Span.between(type.span(), c.previous().span()),
                        "multiple exception types must be parenthesized");
            }
            if (c.match(AS)) name = c.expect(NAME).text();
            colonOnSameLine();
        } else {
            c.advance();
        }
        List<Stmt> body = statements.block("'except' statement", kw);
        return new ExceptHandler(type, name, body, span(kw, body));
    }

    private Stmt withStatement() {
        Token kw = c.advance();
        List<WithItem> items = c.check(LPAREN) ? x.lookahead(this::parenthesizedWithItems) : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (c.match(COMMA));
        }
        colonOnSameLine();
        List<Stmt> body = statements.block("'with' statement", kw);
        return new With(items, body, span(kw, body));
    }

    /** {@code with (a as b, c as d):}; fails (to be read again) unless ':' follows the ')'. */
    private List<WithItem> parenthesizedWithItems() {
        c.expect(LPAREN);
        List<WithItem> items = new ArrayList<>();
        do {
            items.add(withItem());
        } while (c.match(COMMA) && !c.check(RPAREN));
        c.expect(RPAREN);
        if (!c.check(COLON)) throw c.invalidSyntax();
        return items;
    }

    private WithItem withItem() {
        Expr context = x.expression();
        if (!c.match(AS)) return new WithItem(context, null);
        Expr target = x.starExpression();
        Expr bad = Targets.invalidTarget(target, Targets.Kind.STAR_TARGETS);
        if (bad != null) throw c.errorAt(bad, "cannot assign to " + Targets.describe(bad));
        return new WithItem(context, Targets.withContext(target, ExprContext.STORE));
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (c.match(AT)) {
            decorators.add(x.namedExpression());
            c.expect(NEWLINE);
        }
        if (c.check(DEF)) return functionDef(decorators);
        if (c.check(CLASS)) return classDef(decorators);
        if (c.check(ASYNC) && c.peek(1).is(DEF)) return asyncStatement();
        throw c.invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators) {
        Token kw = c.expect(DEF);
        Token name = c.expect(NAME);
        c.expect(LPAREN, "expected '('");
        Arguments args = x.arguments.defParameters();
        c.expect(RPAREN);
        Expr returns = c.check(ARROW) ? x.optional(() -> {
            c.advance();
            return x.expression();
        }) : null;
        c.expect(COLON, "expected ':'");
        List<Stmt> body = statements.block("function definition", kw);
        return new FunctionDef(name.text(), args, body, decorators, returns, span(kw, body));
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = c.expect(CLASS);
        Token name = c.expect(NAME);
        List<Expr> bases = List.of();
        List<gilsim.lang.ast.Keyword> keywords = List.of();
        if (c.check(LPAREN)) {
            Call header = (Call) x.arguments.call(new Name(name.text(), ExprContext.LOAD,
                    name.span()), name);
            bases = header.args();
            keywords = header.keywords();
            if (!keywords.isEmpty()) {
                c.unsupported("class keyword arguments (such as `metaclass=`)", true, kw.line());
            }
        }
        colonOnSameLine();
        List<Stmt> body = statements.block("class definition", kw);
        return new ClassDef(name.text(), bases, keywords, body, decorators, span(kw, body));
    }

    /** {@code async def/for/with}: recorded as outside the subset, then read as without async. */
    private Stmt asyncStatement() {
        Token kw = c.advance();
        String what = switch (c.peek().kind()) {
            case DEF -> "`async def` functions";
            case FOR -> "`async for` loops";
            case WITH -> "`async with` statements";
            default -> throw c.invalidSyntax();
        };
        c.unsupported(what, true, kw.line());
        return statement();
    }

    /**
     * {@code match} is a soft keyword: {@code match = 3} and {@code match(x)} are ordinary code.
     * A match statement is recognised by its shape, {@code match subject:} followed by an
     * indented {@code case}.
     */
    private boolean looksLikeMatch() {
        if (!c.checkName("match") || !ExpressionParser.startsExpression(c.peek(1))) return false;
        int mark = c.mark();
        c.advance();
        Expr subject = x.lookahead(x::starExpressions);
        boolean shape = subject != null && c.check(COLON) && c.peek(1).is(NEWLINE)
                && c.peek(2).is(INDENT) && c.peek(3).is(NAME) && c.peek(3).text().equals("case");
        c.reset(mark);
        return shape;
    }

    /** Records the match statement as outside the subset and skips its block. */
    private Stmt matchStatement() {
        Token kw = c.advance();
        c.unsupported("`match` statements", true, kw.line());
        while (!c.check(INDENT)) c.advance();
        int depth = 0;
        do {
            Token t = c.advance();
            if (t.is(INDENT)) depth++;
            if (t.is(DEDENT)) depth--;
        } while (depth > 0 && !c.check(ENDMARKER) && !c.check(ERRORTOKEN));
        return new Pass(kw.span());
    }
}
