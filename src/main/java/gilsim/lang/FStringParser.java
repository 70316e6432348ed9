package gilsim.lang;

import gilsim.lang.TokenCursor.ParseError;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.FormattedValue;
import gilsim.lang.ast.Expr.JoinedStr;
import gilsim.lang.ast.Span;

/**
 * Splits the body of one f-string into literal text and {@code {expr!conv:spec}} fields, as
 * CPython 3.11's fstring_find_literal / fstring_find_expr do (before 3.12 made f-strings tokens):
 * the field's end is found by scanning characters, tracking brackets and quotes; {@code {{} and
 * {@code }}} are literal braces; a format spec is itself parsed as an f-string, one level deep.
 *
 * <p>Each field's expression is parsed by a fresh lexer and parser over "(" + text + ")", placed
 * at the field's real position so that its nodes carry real line and column numbers. A syntax
 * error inside it is reported as CPython 3.11 does: "f-string: " + message, with columns counted
 * in that parenthesised text, which is also the error's line text.
 */
final class FStringParser {

    private static final int MAX_NESTED_BRACKETS = 200;

    private final int[] cps;
    private final boolean raw;
    private final StringBody body;
    private final Span span;
    private final Span tokenSpan;
    private final TokenCursor outer;
    private int i;

    /**
     * {@code span} covers all the adjacent literals (CPython gives it to fields and text
     * pieces), {@code tokenSpan} this literal alone (CPython gives it to format specs).
     */
    FStringParser(StringBody body, Span span, Span tokenSpan, TokenCursor outer) {
        this.cps = body.body().codePoints().toArray();
        this.raw = body.isRaw();
        this.body = body;
        this.span = span;
        this.tokenSpan = tokenSpan;
        this.outer = outer;
    }

    void parseInto(StringParser.Pieces out) {
        parse(out, 0);
    }

    /** fstring_parse: literals and fields until the end (level 0) or a '}' (a format spec). */
    private void parse(StringParser.Pieces out, int level) {
        while (true) {
            int start = i;
            boolean doubledBrace = false;
            while (i < cps.length) {
                int ch = cps[i++];
                if (!raw && ch == '\\' && i < cps.length) {
                    ch = cps[i++];
                    if (ch == 'N') {
                        // Skip "\N{name}" so that its brace does not open a field.
                        if (i < cps.length && cps[i++] == '{') {
                            while (i < cps.length && cps[i++] != '}') { }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0) {
                        if (i < cps.length && cps[i] == ch) {
                            doubledBrace = true;
                            break;
                        }
                        if (ch == '}') throw error("f-string: single '}' is not allowed");
                    }
                    i--;
                    break;
                }
            }
            literal(out, start, i);
            if (doubledBrace) {
                i++;
                continue;
            }
            if (i >= cps.length || cps[i] == '}') break;
            field(out, level);
        }
        if (level > 0 && (i >= cps.length || cps[i] != '}')) throw error("f-string: expecting '}'");
    }

    private void literal(StringParser.Pieces out, int from, int to) {
        if (from == to) return;
        String text = new String(cps, from, to - from);
        if (raw) {
            out.literal(text);
            return;
        }
        try {
            out.literal(StringDecoder.decode(text));
        } catch (StringDecoder.DecodeError e) {
            throw error(e.getMessage());
        }
    }

    /** fstring_find_expr: one {@code {...}} field, the cursor on its '{'. */
    private void field(StringParser.Pieces out, int level) {
        if (level >= 2) throw error("f-string: expressions nested too deeply");
        i++;
        int exprStart = i;
        scanExpression();
        int exprEnd = i;
        if (i >= cps.length) throw error("f-string: expecting '}'");
        Expr value = compile(exprStart, exprEnd);
        String debugText = null;
        if (cps[i] == '=') {
            i++;
            while (i < cps.length && Character.isWhitespace(cps[i]) && cps[i] < 128) i++;
            debugText = new String(cps, exprStart, i - exprStart);
        }
        int conversion = FormattedValue.NO_CONVERSION;
        if (i < cps.length && cps[i] == '!') {
            i++;
            if (i >= cps.length) throw error("f-string: expecting '}'");
            conversion = cps[i++];
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (i >= cps.length) throw error("f-string: expecting '}'");
        Expr spec = null;
        if (cps[i] == ':') {
            i++;
            if (i >= cps.length) throw error("f-string: expecting '}'");
            StringParser.Pieces specPieces = new StringParser.Pieces(tokenSpan);
            parse(specPieces, level + 1);
            spec = new JoinedStr(specPieces.finish(), tokenSpan);
        }
        if (i >= cps.length || cps[i] != '}') throw error("f-string: expecting '}'");
        i++;
        if (debugText != null) {
            out.literal(debugText);
            if (spec == null && conversion == FormattedValue.NO_CONVERSION) conversion = 'r';
        }
        out.field(new FormattedValue(value, conversion, spec, span));
    }

    /** Moves the cursor to the '!', ':', '=' or '}' that ends the expression of a field. */
    private void scanExpression() {
        int quote = 0;
        int quoteLength = 0;
        int[] brackets = new int[MAX_NESTED_BRACKETS];
        int depth = 0;
        for (; i < cps.length; i++) {
            int ch = cps[i];
            if (ch == '\\') throw error("f-string expression part cannot include a backslash");
            if (quote != 0) {
                if (ch == quote) {
                    if (quoteLength == 3) {
                        if (i + 2 < cps.length && cps[i + 1] == ch && cps[i + 2] == ch) {
                            i += 2;
                            quote = 0;
                        }
                    } else {
                        quote = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                quoteLength = i + 2 < cps.length && cps[i + 1] == ch && cps[i + 2] == ch ? 3 : 1;
                if (quoteLength == 3) i += 2;
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_NESTED_BRACKETS) throw error("f-string: too many nested parenthesis");
                brackets[depth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '='
                    || ch == '>' || ch == '<')) {
                if (i + 1 < cps.length) {
                    int next = cps[i + 1];
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                        i++;
                        continue;
                    }
                    if (ch == '>' || ch == '<') continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) throw error("f-string: unmatched '" + (char) ch + "'");
                int open = brackets[--depth];
                boolean matches = (open == '(' && ch == ')') || (open == '[' && ch == ']')
                        || (open == '{' && ch == '}');
                if (!matches) {
                    throw error("f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + (char) open + "'");
                }
            }
        }
        if (quote != 0) throw error("f-string: unterminated string");
        if (depth > 0) throw error("f-string: unmatched '" + (char) brackets[depth - 1] + "'");
    }

    /** fstring_compile_expr: parses the text of a field's expression. */
    private Expr compile(int from, int to) {
        boolean blank = true;
        for (int k = from; k < to; k++) {
            int ch = cps[k];
            if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\f') blank = false;
        }
        if (blank) {
            int end = cps[to];
            if (end == '!' || end == ':' || end == '=') {
                throw error("f-string: expression required before '" + (char) end + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        String text = "(" + new String(cps, from, to - from) + ")";
        int[] at = positionOf(from - 1);
        try {
            return Parser.fStringExpression(text, at[0], at[1], outer);
        } catch (ParseError e) {
            PySyntaxError relative = Parser.fStringExpressionError(text, at[0]);
            throw new ParseError(relative, false);
        }
    }

    /** {line, column} in the cell of body index {@code k}. */
    private int[] positionOf(int k) {
        int line = body.line();
        int col = body.column();
        for (int j = 0; j < k; j++) {
            if (cps[j] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Errors of the f-string itself are reported where the outer parser stands. */
    private ParseError error(String message) {
        return outer.errorAtLastToken(message);
    }
}
