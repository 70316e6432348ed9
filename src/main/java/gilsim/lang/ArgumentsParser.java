package gilsim.lang;

import static gilsim.lang.TokenKind.*;

import gilsim.lang.ast.Arg;
import gilsim.lang.ast.Arguments;
import gilsim.lang.ast.Comprehension;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.*;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Keyword;
import gilsim.lang.ast.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Both sides of a call: the arguments of {@code f(a, *b, k=c, **d)} and the parameters of
 * {@code def f(a, /, b=1, *args, c, d=2, **kw)} and {@code lambda}, with CPython's messages for
 * their ordering mistakes ("positional argument follows keyword argument", "non-default argument
 * follows default argument", "named arguments must follow bare *", ...).
 */
final class ArgumentsParser {

    private final TokenCursor c;
    private final ExpressionParser x;

    ArgumentsParser(TokenCursor cursor, ExpressionParser expressions) {
        this.c = cursor;
        this.x = expressions;
    }

    // --- call arguments -------------------------------------------------------------------------

    /** The call {@code func(...)}, the cursor on '('; {@code start} is func's first token. */
    Expr call(Expr func, Token start) {
        Token open = c.expect(LPAREN);
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        while (!c.check(RPAREN)) {
            argument(args, keywords, open);
            if (!c.match(COMMA)) break;
        }
        c.expect(RPAREN);
        return new Call(func, args, keywords, x.from(start));
    }

    private void argument(List<Expr> args, List<Keyword> keywords, Token open) {
        Token t = c.peek();
        boolean afterUnpacking = keywords.stream().anyMatch(k -> k.arg() == null);
        if (t.is(DOUBLESTAR)) {
            c.advance();
            keywords.add(new Keyword(null, x.expression(), x.from(t)));
        } else if (t.is(STAR)) {
            if (afterUnpacking) {
                throw c.errorAt(t.span(),
                        "iterable argument unpacking follows keyword argument unpacking");
            }
            c.advance();
            args.add(new Starred(x.expression(), ExprContext.LOAD, x.from(t)));
        } else if ((t.is(NAME)) && c.peek(1).is(EQUAL)) {
            c.advance();
            Token eq = c.advance();
            Expr value = x.expression();
            if (x.displays.startsComprehension()) {
                throw c.errorBetween(t.span(), eq.span(),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            keywords.add(new Keyword(t.text(), value, x.from(t)));
        } else if ((t.is(TRUE) || t.is(FALSE) || t.is(NONE)) && c.peek(1).is(EQUAL)) {
            throw c.errorBetween(t.span(), c.peek(1).span(), "cannot assign to " + t.text());
        } else {
            Expr value = x.assignmentOrExpression();
            if (c.check(EQUAL)) {
                throw c.errorBetween(value.span(), c.peek().span(),
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (x.displays.startsComprehension()) value = generator(value, args, keywords, open);
            if (!keywords.isEmpty()) {
                skipRemainingArguments();
                throw c.errorAtLastToken(afterUnpacking
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
            }
            args.add(value);
        }
    }

    /**
     * CPython reports an argument out of order only after reading the rest of the arguments
     * (invalid_arguments: args ',' args), at the last token it read.
     */
    private void skipRemainingArguments() {
        c.beginErrorRule();
        try {
            while (c.check(COMMA) && x.lookahead(() -> {
                c.advance();
                if (c.check(RPAREN)) return null;
                if (c.check(STAR) || c.check(DOUBLESTAR)) c.advance();
                else if (c.check(NAME) && c.peek(1).is(EQUAL)) c.advance().kind();
                if (c.check(EQUAL)) c.advance();
                return x.expression();
            }) != null) {
                // keep reading
            }
            c.check(RPAREN);
        } finally {
            c.endErrorRule();
        }
    }

    /** {@code f(x for x in y)}: a generator expression must be the only argument. */
    private Expr generator(Expr elt, List<Expr> args, List<Keyword> keywords, Token open) {
        List<Comprehension> generators = x.displays.forIfClauses();
        Comprehension last = generators.get(generators.size() - 1);
        Expr lastItem = last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
        boolean alone = args.isEmpty() && keywords.isEmpty() && !c.check(COMMA);
        if (!alone) {
            throw c.errorBetween(elt.span(), lastItem.span(),
                    "Generator expression must be parenthesized");
        }
        Token close = c.peek();
        if (!close.is(RPAREN)) throw c.invalidSyntax();
        return new GeneratorExp(elt, generators,
                new Span(open.line(), open.column(), close.endLine(), close.endColumn()));
    }

    // --- parameters -----------------------------------------------------------------------------

    /** The parameters of a def, the cursor after '('; stops at ')'. */
    Arguments defParameters() {
        return parameters(RPAREN, true);
    }

    /** The parameters of a lambda; stops at ':'. */
    Arguments lambdaParameters() {
        if (c.check(COLON)) return Arguments.EMPTY;
        return parameters(COLON, false);
    }

    private Arguments parameters(TokenKind end, boolean annotations) {
        var p = new ParameterList();
        while (!c.check(end)) {
            Token t = c.peek();
            if (t.is(SLASH)) {
                slash(p, t);
            } else if (t.is(STAR)) {
                star(p, t, end, annotations);
            } else if (t.is(DOUBLESTAR)) {
                if (p.kwarg != null) throw c.errorAt(t.span(), "arguments cannot follow var-keyword argument");
                c.advance();
                p.kwarg = parameter(annotations);
                if (c.check(EQUAL)) {
                    throw c.errorAt(c.peek().span(), "var-keyword argument cannot have default value");
                }
            } else if (t.is(LPAREN)) {
                throw parenthesizedParameters(t, end);
            } else {
                plain(p, annotations, end);
            }
            if (!c.match(COMMA)) break;
        }
        if (p.bareStar && p.kwonly.isEmpty()) throw c.invalidSyntax();
        return new Arguments(p.posonly, p.args, p.vararg, p.kwonly,
                Collections.unmodifiableList(p.kwDefaults), p.kwarg, p.defaults);
    }

    private static final class ParameterList {
        final List<Arg> posonly = new ArrayList<>();
        final List<Arg> args = new ArrayList<>();
        final List<Arg> kwonly = new ArrayList<>();
        final List<Expr> kwDefaults = new ArrayList<>();
        final List<Expr> defaults = new ArrayList<>();
        Arg vararg;
        Arg kwarg;
        boolean slash;
        boolean star;
        boolean bareStar;
    }

    private void slash(ParameterList p, Token t) {
        if (p.kwarg != null) throw c.errorAt(t.span(), "arguments cannot follow var-keyword argument");
        if (p.star) throw c.errorAt(t.span(), "/ must be ahead of *");
        if (p.slash) throw c.errorAt(t.span(), "/ may appear only once");
        if (p.args.isEmpty()) {
            if (c.peekForErrorRule(1).is(COMMA)) {
                throw c.errorAt(t.span(), "at least one argument must precede /");
            }
            throw c.invalidSyntax();
        }
        c.advance();
        p.slash = true;
        p.posonly.addAll(p.args);
        p.args.clear();
    }

    private void star(ParameterList p, Token t, TokenKind end, boolean annotations) {
        if (p.kwarg != null) throw c.errorAt(t.span(), "arguments cannot follow var-keyword argument");
        if (p.star) throw c.errorAt(t.span(), "* argument may appear only once");
        c.advance();
        p.star = true;
        if (c.check(COMMA) || c.check(end)) {
            boolean nothingNamed = c.check(end) || c.peek(1).is(end) || c.peek(1).is(DOUBLESTAR);
            if (nothingNamed) throw c.errorAt(t.span(), "named arguments must follow bare *");
            p.bareStar = true;
            return;
        }
        p.vararg = parameter(annotations);
        if (c.check(EQUAL)) {
            throw c.errorAt(c.peek().span(), "var-positional argument cannot have default value");
        }
    }

    /** invalid_parameters: {@code def f((a, b)):}, Python 2's tuple parameters. */
    private TokenCursor.ParseError parenthesizedParameters(Token open, TokenKind end) {
        int mark = c.mark();
        c.beginErrorRule();
        try {
            c.advance();
            boolean names = c.check(NAME);
            while (c.check(NAME) && (c.peek(1).is(COMMA) || c.peek(1).is(RPAREN))) {
                c.advance();
                c.match(COMMA);
            }
            if (names && c.check(RPAREN)) {
                return c.errorAt(Span.between(open.span(), c.peek().span()),
                        "Function parameters cannot be parenthesized");
            }
        } finally {
            c.endErrorRule();
        }
        c.reset(mark);
        return c.invalidSyntax();
    }

    private void plain(ParameterList p, boolean annotations, TokenKind end) {
        if (p.kwarg != null) {
            Arg late = parameter(annotations);
            throw c.errorAt(late.span(), "arguments cannot follow var-keyword argument");
        }
        Arg arg = parameter(annotations);
        Expr def = null;
        if (c.check(EQUAL)) {
            Token eq = c.advance();
            if (c.check(RPAREN) || c.check(COMMA)) {
                throw c.errorAt(eq.span(), "expected default value expression");
            }
            def = x.expression();
        }
        if (p.star) {
            p.kwonly.add(arg);
            p.kwDefaults.add(def);
            p.bareStar = false;
            return;
        }
        if (def != null) {
            p.defaults.add(def);
        } else if (!p.defaults.isEmpty() && (c.check(COMMA) || c.check(end))) {
            throw c.errorAt(arg.span(), "non-default argument follows default argument");
        }
        p.args.add(arg);
    }

    /** {@code NAME [: annotation]}. */
    private Arg parameter(boolean annotations) {
        Token name = c.expect(NAME);
        Expr annotation = null;
        if (annotations && c.match(COLON)) annotation = x.expression();
        return new Arg(name.text(), annotation, x.from(name));
    }
}
