package gilsim.lang;

import static gilsim.lang.TokenKind.STRING;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.Constant;
import gilsim.lang.ast.Expr.JoinedStr;
import gilsim.lang.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code strings} rule: one or more adjacent STRING tokens, concatenated as CPython 3.11's
 * Parser/string_parser.c does. Plain literals become one {@link Constant}; if any of them is an
 * f-string the result is a {@link JoinedStr} (even {@code f"abc"}, as in CPython), whose
 * adjacent literal pieces are merged and empty ones dropped.
 *
 * <p>CPython reports the errors of this stage (bad escapes, bad f-string fields, mixing bytes and
 * str) at the token after the last string, which is where its parser stands at that moment.
 */
final class StringParser {

    private final TokenCursor c;
    private final ExpressionParser x;

    StringParser(TokenCursor cursor, ExpressionParser expressions) {
        this.c = cursor;
        this.x = expressions;
    }

    Expr strings() {
        List<Token> parts = new ArrayList<>();
        while (c.check(STRING)) parts.add(c.advance());
        Token first = parts.get(0);
        Token last = parts.get(parts.size() - 1);
        Span span = new Span(first.line(), first.column(), last.endLine(), last.endColumn());
        long bytes = parts.stream().filter(t -> body(t).isBytes()).count();
        if (bytes > 0 && bytes < parts.size()) {
            throw c.errorAtLastToken("cannot mix bytes and nonbytes literals");
        }
        if (bytes > 0) return bytesLiteral(parts, span);
        boolean fstring = parts.stream().anyMatch(t -> body(t).isFString());
        Pieces pieces = new Pieces(span);
        for (Token t : parts) {
            StringBody b = body(t);
            if (b.isFString()) {
                new FStringParser(b, span, t.span(), c).parseInto(pieces);
            } else {
                pieces.literal(decode(b));
            }
        }
        return fstring ? new JoinedStr(pieces.finish(), span) : new Constant(pieces.text(), span);
    }

    /** Bytes are outside the subset; CPython's own check on them still comes first. */
    private Expr bytesLiteral(List<Token> parts, Span span) {
        for (Token t : parts) {
            if (body(t).body().chars().anyMatch(ch -> ch >= 128)) {
                throw c.errorAt(t.span(), "bytes can only contain ASCII literal characters");
            }
        }
        c.unsupported("bytes literals (`b'...'`)", true, span.line());
        return new Constant(body(parts.get(0)).body(), span);
    }

    /** The value of a non-f string literal: its body with escapes decoded unless raw. */
    String decode(StringBody b) {
        if (b.isRaw()) return b.body();
        try {
            return StringDecoder.decode(b.body());
        } catch (StringDecoder.DecodeError e) {
            throw c.errorAtLastToken(e.getMessage());
        }
    }

    private static StringBody body(Token t) {
        return (StringBody) t.literal();
    }

    /** The values of a JoinedStr under construction: adjacent literal text is merged. */
    static final class Pieces {
        private final List<Expr> values = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private final Span span;

        Pieces(Span span) {
            this.span = span;
        }

        void literal(String text) {
            pending.append(text);
        }

        void field(Expr formattedValue) {
            flush();
            values.add(formattedValue);
        }

        private void flush() {
            if (pending.length() > 0) values.add(new Constant(pending.toString(), span));
            pending.setLength(0);
        }

        List<Expr> finish() {
            flush();
            return values;
        }

        String text() {
            return pending.toString();
        }
    }
}
