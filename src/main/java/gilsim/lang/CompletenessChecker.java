package gilsim.lang;

import static gilsim.lang.TokenKind.*;

import java.util.List;

/**
 * Jupyter's is_complete for gilsim cells, answering as IPython's
 * {@code TransformerManager.check_complete} does, so that {@code jupyter console} behaves as with
 * ipykernel: Enter runs a complete cell and opens a continuation line, with the indent to offer,
 * for an incomplete one.
 *
 * <ul>
 *   <li>a cell magic ({@code %%name}) is complete once its last line is blank;</li>
 *   <li>line magics, {@code !shell} and {@code name?} lines count as complete statements, and the
 *       indentation of the first line is removed from all lines (IPython's leading_indent);</li>
 *   <li>a trailing backslash, an open bracket or an unterminated triple-quoted string: incomplete,
 *       offering the last line's indentation;</li>
 *   <li>a last logical line ending with ':': incomplete, offering its indentation + 4;</li>
 *   <li>a syntax error where the input ends (CPython's "incomplete input": {@code @dec},
 *       {@code try:} without except): incomplete; anywhere else, or a compile-time error:
 *       invalid;</li>
 *   <li>a valid cell whose last line is indented and not yet ended by a newline: incomplete;
 *       otherwise complete. Constructs outside the subset count as complete: running the cell
 *       explains them.</li>
 * </ul>
 * Only the lexer and parser run, with no other initialisation, so the first request is fast.
 */
public final class CompletenessChecker {

    public enum Status { COMPLETE, INCOMPLETE, INVALID }

    /** The answer; {@code indent} is the whitespace to offer on the next line ("" unless INCOMPLETE). */
    public record Completeness(Status status, String indent) {
        static final Completeness COMPLETE = new Completeness(Status.COMPLETE, "");
        static final Completeness INVALID = new Completeness(Status.INVALID, "");

        static Completeness incomplete(int spaces) {
            return new Completeness(Status.INCOMPLETE, " ".repeat(spaces));
        }
    }

    private CompletenessChecker() {
    }

    public static Completeness check(String cell) {
        String code = cell.replace("\r\n", "\n").replace('\r', '\n');
        boolean endsWithNewline = code.stripTrailing().length() < code.length()
                && code.substring(code.stripTrailing().length()).indexOf('\n') >= 0;
        if (code.isBlank()) return Completeness.COMPLETE;
        List<String> lines = code.lines().dropWhile(String::isBlank).toList();
        if (lines.get(0).startsWith("%%")) {
            return lines.get(lines.size() - 1).isBlank() ? Completeness.COMPLETE
                    : Completeness.incomplete(lastIndent(lines));
        }
        String lastNonBlank = lines.stream().filter(l -> !l.isBlank())
                .reduce((a, b) -> b).orElse("");
        if (lastNonBlank.stripTrailing().endsWith("\\")) {
            return Completeness.incomplete(lastIndent(lines));
        }
        String python = withoutLeadingIndent(withoutIPythonLines(lines));
        Lexer.Result lexed = Lexer.tokenize(python);
        if (lexed.stopError() != null) {
            return endsInsideToken(lexed) ? Completeness.incomplete(lastIndent(lines))
                    : Completeness.INVALID;
        }
        List<Token> tokens = lexed.tokens();
        int colonIndent = blockOpenerIndent(tokens);
        if (colonIndent >= 0) return Completeness.incomplete(colonIndent + 4);
        switch (Parser.checkSyntax(python)) {
            case FAILS_AT_END:
                return Completeness.incomplete(lastIndent(lines));
            case FAILS:
                return Completeness.INVALID;
            default:
                break;
        }
        boolean lastLineIndented = tokens.size() >= 2 && tokens.get(tokens.size() - 2).is(DEDENT);
        if (lastLineIndented && !endsWithNewline) return Completeness.incomplete(lastIndent(lines));
        return Completeness.COMPLETE;
    }

    /** Input that stops inside a token: open brackets, a triple-quoted string, a backslash. */
    private static boolean endsInsideToken(Lexer.Result lexed) {
        String msg = lexed.stopError().msg();
        return lexed.unclosed() != null || msg.startsWith("unterminated triple-quoted string")
                || msg.equals("unexpected EOF while parsing");
    }

    /**
     * If the last logical line ends with ':', the column of its first token (what IPython adds
     * 4 to); else -1.
     */
    private static int blockOpenerIndent(List<Token> tokens) {
        int newline = tokens.size() - 1;
        while (newline >= 0 && !tokens.get(newline).is(NEWLINE)) newline--;
        if (newline < 1 || !tokens.get(newline - 1).is(COLON)) return -1;
        int first = newline - 1;
        while (first > 0 && !isLineBoundary(tokens.get(first - 1))) first--;
        return tokens.get(first).column() - 1;
    }

    private static boolean isLineBoundary(Token t) {
        return t.is(NEWLINE) || t.is(INDENT) || t.is(DEDENT);
    }

    /** IPython's find_last_indent: the last line's leading whitespace, a tab counting 4. */
    private static int lastIndent(List<String> lines) {
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        int n = 0;
        for (int i = 0; i < last.length() && (last.charAt(i) == ' ' || last.charAt(i) == '\t'); i++) {
            n += last.charAt(i) == '\t' ? 4 : 1;
        }
        return n;
    }

    /** Line magics, shell escapes and help requests become {@code pass} at the same indent. */
    private static List<String> withoutIPythonLines(List<String> lines) {
        return lines.stream().map(line -> {
            String body = line.strip();
            boolean ipython = body.startsWith("%") || body.startsWith("!")
                    || (body.endsWith("?") && !body.startsWith("#"));
            if (!ipython) return line;
            return line.substring(0, line.indexOf(body.charAt(0))) + "pass";
        }).toList();
    }

    /** IPython's leading_indent: the first line's indentation is removed from every line. */
    private static String withoutLeadingIndent(List<String> lines) {
        int n = 0;
        String first = lines.get(0);
        while (n < first.length() && (first.charAt(n) == ' ' || first.charAt(n) == '\t')) n++;
        String space = first.substring(0, n);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.startsWith(space) ? line.substring(n) : line).append('\n');
        }
        return out.toString();
    }
}
