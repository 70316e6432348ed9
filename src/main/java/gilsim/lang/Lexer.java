package gilsim.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns a cell into tokens, as CPython 3.11's Parser/tokenizer.c does.
 *
 * <p>Notes about indentation. Python's blocks are delimited by indentation, which the parser sees
 * as INDENT and DEDENT tokens, so the grammar can treat them like braces. The lexer keeps a stack
 * of indentation widths, starting with [0]. At the start of each logical line outside brackets
 * it measures the indentation (a space counts 1, a tab advances to the next multiple of 8, a form
 * feed resets to 0): wider than the top of the stack pushes it and emits one INDENT; narrower
 * pops until it matches, emitting one DEDENT per pop, and if no level matches it is an
 * IndentationError ("unindent does not match any outer indentation level"). The same widths are
 * measured a second time with tabs counting 1: if the two measures disagree about the order of
 * two lines, the file mixes tabs and spaces ambiguously and that is a TabError. At the end, one
 * DEDENT per level left on the stack closes the open blocks.
 *
 * <p>Lines holding only whitespace and a comment are skipped entirely: they emit no NEWLINE and do
 * not change the indentation, otherwise a comment at column 0 inside a function would end it.
 * Inside brackets, line breaks and indentation mean nothing (implicit continuation), so the lexer
 * counts open brackets and ignores both while any is open; a backslash before a line break joins
 * the two lines in the same way. An input that does not end with a line break gets an implicit
 * NEWLINE, as CPython's tokenizer appends one.
 *
 * <p>Errors. Like CPython, the lexer does not throw: it stops at the first error and ends the
 * stream with an ERRORTOKEN, and the {@link Result} says what the error was. The parser raises
 * it when it reaches that token; if the parser fails earlier, CPython still tokenizes the rest of
 * the input and lets a tokenizer error found there win over a generic parser error, which
 * {@link Result#overridesParserErrors()} and {@link Result#unclosed()} let the parser reproduce.
 * Error positions copy CPython's, which are mostly "where the tokenizer's cursor stopped".
 */
public final class Lexer {

    /** CPython's MAXINDENT and MAXLEVEL. */
    private static final int MAX_INDENT = 100;
    private static final int MAX_BRACKET_DEPTH = 200;
    private static final int TAB_SIZE = 8;

    /**
     * The token stream and why it stopped. {@code tokens} ends with ENDMARKER, or with an
     * ERRORTOKEN when {@code stopError} is set. {@code overridesParserErrors} is true for the
     * errors CPython raises from inside the tokenizer (bad literals, brackets, characters), which
     * win over a parser error found earlier; {@code unclosed} is the innermost bracket still open
     * at the end of input, or null.
     */
    public record Result(List<Token> tokens, PySyntaxError stopError,
            boolean overridesParserErrors, Bracket unclosed) {
    }

    /** An open bracket: the character and where it stands. */
    public record Bracket(char ch, int line, int column) {
    }

    /** A tokenizer error, thrown inside the lexer and turned into the Result's stopError. */
    static final class LexError extends RuntimeException {
        final PySyntaxError error;
        final boolean overrides;

        LexError(PySyntaxError error, boolean overrides) {
            super(error.msg(), null, false, false);
            this.error = error;
            this.overrides = overrides;
        }
    }

    private final SourceText src;
    private final List<Token> tokens = new ArrayList<>();
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;
    private final Deque<Bracket> brackets = new ArrayDeque<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;
    private boolean lineHasTokens;
    private int commentStart = -1;

    private Lexer(String source) {
        this.src = new SourceText(source);
    }

    public static Result tokenize(String source) {
        return new Lexer(source).run();
    }

    /**
     * Tokens of a piece of source that starts at ({@code firstLine}, {@code firstColumn}) of the
     * cell, such as the expression of an f-string field: positions are shifted accordingly
     * (columns only on the piece's first line, where it does not start at column 1).
     */
    public static Result tokenize(String source, int firstLine, int firstColumn) {
        Result r = tokenize(source);
        List<Token> shifted = new ArrayList<>(r.tokens().size());
        for (Token t : r.tokens()) {
            Object literal = t.literal();
            if (literal instanceof StringBody b) {
                literal = new StringBody(b.prefix(), b.body(), b.line() + firstLine - 1,
                        b.line() == 1 ? b.column() + firstColumn - 1 : b.column());
            }
            shifted.add(new Token(t.kind(), t.text(), literal, t.line() + firstLine - 1,
                    t.line() == 1 ? t.column() + firstColumn - 1 : t.column(),
                    t.endLine() + firstLine - 1,
                    t.endLine() == 1 ? t.endColumn() + firstColumn - 1 : t.endColumn()));
        }
        PySyntaxError e = r.stopError();
        if (e != null) {
            e = new PySyntaxError(e.kind(), e.msg(), shift(e.pos(), firstLine, firstColumn),
                    e.end() == null ? null : shift(e.end(), firstLine, firstColumn), e.lineText());
        }
        Bracket b = r.unclosed();
        if (b != null) {
            b = new Bracket(b.ch(), b.line() + firstLine - 1,
                    b.line() == 1 ? b.column() + firstColumn - 1 : b.column());
        }
        return new Result(shifted, e, r.overridesParserErrors(), b);
    }

    private static SourcePos shift(SourcePos p, int firstLine, int firstColumn) {
        return new SourcePos(p.line() + firstLine - 1,
                p.line() == 1 ? p.column() + firstColumn - 1 : p.column());
    }

    /** The source lines, for error messages of later stages. */
    static SourceText sourceOf(String source) {
        return new SourceText(source);
    }

    private Result run() {
        try {
            while (true) {
                if (atLineStart) {
                    atLineStart = false;
                    if (brackets.isEmpty() && blankOrIndented()) continue;
                }
                skipSpaces();
                int c = src.at(pos);
                if (c == -1) return finish();
                if (c == '#') {
                    commentStart = pos;
                    while (src.at(pos) != '\n' && src.at(pos) != -1) pos++;
                } else if (c == '\n') {
                    lineBreak();
                } else if (c == '\\') {
                    continuation();
                } else {
                    token(c);
                }
            }
        } catch (LexError e) {
            tokens.add(new Token(TokenKind.ERRORTOKEN, "", null, line, col(pos), line, col(pos)));
            return new Result(tokens, e.error, e.overrides, null);
        }
    }

    private void skipSpaces() {
        for (int c = src.at(pos); c == ' ' || c == '\t' || c == '\f'; c = src.at(pos)) pos++;
    }

    /**
     * At the start of a line outside brackets: measures the indentation and emits INDENT or
     * DEDENTs. Returns true when the line is blank (whitespace and comment only) and has been
     * consumed without any token.
     */
    private boolean blankOrIndented() {
        int width = 0;
        int altWidth = 0;
        int continuationWidth = -1;
        while (true) {
            int c = src.at(pos);
            if (c == ' ') {
                width++;
                altWidth++;
            } else if (c == '\t') {
                width = (width / TAB_SIZE + 1) * TAB_SIZE;
                altWidth++;
            } else if (c == '\f') {
                width = altWidth = 0;
            } else if (c == '\\' && src.at(pos + 1) == '\n') {
                // Indentation cannot be split over lines: the first backslash decides it.
                if (continuationWidth < 0) continuationWidth = width;
                pos++;
                newPhysicalLine();
                continue;
            } else {
                break;
            }
            pos++;
        }
        int c = src.at(pos);
        if (c == '#' || c == '\n' || c == -1) {
            while (src.at(pos) != '\n' && src.at(pos) != -1) pos++;
            if (src.at(pos) == '\n') {
                newPhysicalLine();
                atLineStart = true;
            }
            return true;
        }
        if (continuationWidth >= 0) width = altWidth = continuationWidth;
        changeIndentation(width, altWidth);
        return false;
    }

    private void changeIndentation(int width, int altWidth) {
        int indentChars = pos - lineStart;
        if (width == indents[indentDepth]) {
            if (altWidth != altIndents[indentDepth]) throw tabError();
        } else if (width > indents[indentDepth]) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw new LexError(error(PySyntaxError.INDENTATION_ERROR,
                        "too many levels of indentation", pos - lineStart, null), false);
            }
            if (altWidth <= altIndents[indentDepth]) throw tabError();
            indentDepth++;
            indents[indentDepth] = width;
            altIndents[indentDepth] = altWidth;
            tokens.add(new Token(TokenKind.INDENT, "", null, line, indentChars, line, indentChars));
        } else {
            int dedents = 0;
            while (indentDepth > 0 && width < indents[indentDepth]) {
                indentDepth--;
                dedents++;
            }
            if (width != indents[indentDepth]) {
                int endOfLine = endOfLine(pos);
                throw new LexError(error(PySyntaxError.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level",
                        endOfLine + 1, null), false);
            }
            if (altWidth != altIndents[indentDepth]) throw tabError();
            for (int i = 0; i < dedents; i++) {
                tokens.add(new Token(TokenKind.DEDENT, "", null, line, indentChars, line,
                        indentChars));
            }
        }
    }

    private LexError tabError() {
        PySyntaxError e = new PySyntaxError(PySyntaxError.TAB_ERROR,
                "inconsistent use of tabs and spaces in indentation", new SourcePos(line, 1), null,
                src.line(line));
        return new LexError(e, false);
    }

    private void lineBreak() {
        if (brackets.isEmpty() && lineHasTokens) {
            int start = commentStart >= 0 ? commentStart : pos;
            tokens.add(new Token(TokenKind.NEWLINE, "\n", null, line, col(start), line, col(pos)));
            lineHasTokens = false;
        }
        commentStart = -1;
        newPhysicalLine();
        atLineStart = true;
    }

    /** Steps over the '\n' at pos. */
    private void newPhysicalLine() {
        pos++;
        line++;
        lineStart = pos;
    }

    private void continuation() {
        int next = src.at(pos + 1);
        if (next == '\n') {
            pos++;
            newPhysicalLine();
            if (src.at(pos) == -1) throw unexpectedEof();
        } else if (next == -1) {
            throw unexpectedEof();
        } else {
            PySyntaxError e = new PySyntaxError(PySyntaxError.SYNTAX_ERROR,
                    "unexpected character after line continuation character",
                    new SourcePos(line, pos + 2 - lineStart), null, src.line(line));
            throw new LexError(e, false);
        }
    }

    private LexError unexpectedEof() {
        SourcePos end = src.endPos();
        return new LexError(new PySyntaxError(PySyntaxError.SYNTAX_ERROR,
                "unexpected EOF while parsing", end, null, src.line(end.line())), false);
    }

    private Result finish() {
        if (!brackets.isEmpty()) {
            Bracket b = brackets.peek();
            PySyntaxError e = new PySyntaxError(PySyntaxError.SYNTAX_ERROR,
                    "'" + b.ch() + "' was never closed", new SourcePos(b.line(), b.column()), null,
                    src.line(b.line()));
            tokens.add(new Token(TokenKind.ERRORTOKEN, "", null, line, col(pos), line, col(pos)));
            return new Result(tokens, e, false, b);
        }
        if (lineHasTokens) {
            int start = commentStart >= 0 ? commentStart : pos;
            tokens.add(new Token(TokenKind.NEWLINE, "", null, line, col(start), line, col(pos)));
        }
        SourcePos end = src.endPos();
        for (; indentDepth > 0; indentDepth--) {
            tokens.add(new Token(TokenKind.DEDENT, "", null, end.line(), end.column(), end.line(),
                    end.column()));
        }
        tokens.add(new Token(TokenKind.ENDMARKER, "", null, end.line(), end.column(), end.line(),
                end.column()));
        return new Result(tokens, null, false, null);
    }

    private void token(int c) {
        lineHasTokens = true;
        int start = pos;
        if (isIdentifierStart(c)) {
            pos = Identifiers.scan(src, pos);
            String word = src.text(start, pos);
            int q = src.at(pos);
            if ((q == '\'' || q == '"') && StringScanner.isPrefix(word)) {
                string(start, word);
                return;
            }
            String name = Identifiers.verify(word, start, this);
            TokenKind kw = TokenKind.keyword(name);
            add(kw != null ? kw : TokenKind.NAME, name, null, start);
        } else if (isDigit(c) || (c == '.' && isDigit(src.at(pos + 1)))) {
            NumberScanner.Scanned n = new NumberScanner(src, pos, this).scan();
            pos = n.end();
            add(n.kind(), src.text(start, pos), n.value(), start);
        } else if (c == '\'' || c == '"') {
            string(start, "");
        } else {
            operator(c, start);
        }
    }

    private void string(int start, String prefix) {
        int startLine = line;
        int startCol = col(start);
        int bodyStart = pos + StringScanner.quoteLength(src, pos);
        int bodyEnd = new StringScanner(src, this).scanToClosingQuote(pos, start, startLine);
        int end = bodyEnd + StringScanner.quoteLength(src, pos);
        StringBody body = new StringBody(prefix, src.text(bodyStart, bodyEnd), startLine,
                startCol + (bodyStart - start));
        for (int i = start; i < end; i++) {
            if (src.at(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        pos = end;
        tokens.add(new Token(TokenKind.STRING, src.text(start, end), body, startLine, startCol,
                line, col(end)));
    }

    private void operator(int c, int start) {
        TokenKind kind = null;
        for (int len = 3; len >= 1 && kind == null; len--) {
            kind = TokenKind.operator(src.cps, pos, len);
        }
        if (kind == null) {
            if (c >= 128) Identifiers.invalidCharacter(c, pos, this);
            pos++;
            add(TokenKind.BADCHAR, src.text(start, pos), null, start);
            return;
        }
        pos += kind.text.length();
        switch (kind) {
            case LPAREN, LBRACKET, LBRACE -> {
                if (brackets.size() >= MAX_BRACKET_DEPTH) {
                    throw syntaxError("too many nested parentheses", pos, null);
                }
                brackets.push(new Bracket((char) c, line, col(start)));
            }
            case RPAREN, RBRACKET, RBRACE -> closeBracket((char) c);
            default -> { }
        }
        add(kind, kind.text, null, start);
    }

    private void closeBracket(char close) {
        if (brackets.isEmpty()) throw syntaxError("unmatched '" + close + "'", pos, null);
        Bracket open = brackets.pop();
        char expected = open.ch() == '(' ? ')' : open.ch() == '[' ? ']' : '}';
        if (close != expected) {
            String msg = "closing parenthesis '" + close
                    + "' does not match opening parenthesis '" + open.ch() + "'";
            if (open.line() != line) msg += " on line " + open.line();
            throw syntaxError(msg, pos, null);
        }
    }

    private void add(TokenKind kind, String text, Object literal, int start) {
        tokens.add(new Token(kind, text, literal, line, col(start), line, col(pos)));
    }

    // --- helpers shared with NumberScanner, StringScanner and Identifiers ---------------------

    /** 1-based column of absolute index {@code i} on the current line. */
    int col(int i) {
        return i - lineStart + 1;
    }

    int currentLine() {
        return line;
    }

    private int endOfLine(int i) {
        while (src.at(i) != '\n' && src.at(i) != -1) i++;
        return i - lineStart;
    }

    /**
     * A SyntaxError raised from inside the tokenizer, positioned as CPython's syntaxerror():
     * offset is the number of characters before the cursor {@code cursor} on the current line;
     * {@code rangeEnd} (an absolute index, nullable) gives an explicit end.
     */
    LexError syntaxError(String msg, int cursor, Integer rangeEnd) {
        return new LexError(error(PySyntaxError.SYNTAX_ERROR, msg, cursor - lineStart, rangeEnd),
                true);
    }

    /** Like {@link #syntaxError} for a range: offset {@code from}+1, end offset {@code to}. */
    LexError syntaxErrorRange(String msg, int from, int to) {
        PySyntaxError e = new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg,
                new SourcePos(line, from - lineStart + 1), new SourcePos(line, to - lineStart),
                src.line(line));
        return new LexError(e, true);
    }

    private PySyntaxError error(String kind, String msg, int offset, Integer rangeEnd) {
        SourcePos p = new SourcePos(line, offset);
        SourcePos end = kind.equals(PySyntaxError.SYNTAX_ERROR)
                ? (rangeEnd != null ? new SourcePos(line, rangeEnd - lineStart) : p) : null;
        return new PySyntaxError(kind, msg, p, end, src.line(line));
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(int c) {
        return c >= 128 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isIdentifierChar(int c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
