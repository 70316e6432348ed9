package gilsim.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns every kind of failure into what Jupyter shows, in one place (IJava's formatError):
 * name, message, and traceback lines coloured as IPython colours them.
 */
final class ErrorFormatter {
    private static final String RED = "\u001b[0;31m";
    private static final String BOLD_RED = "\u001b[1;31m";
    private static final String GREEN = "\u001b[0;32m";
    private static final String RESET = "\u001b[0m";
    private static final String RULE = RED + "-".repeat(75) + RESET;
    /**
     * Long messages (a simulated crash explains itself in a paragraph) are wrapped at word
     * boundaries in the traceback: JupyterLab breaks an error's long line anywhere, mid-word, at
     * the width of the output area. The evalue keeps the message whole.
     */
    static final int WRAP_COLUMNS = 88;

    private ErrorFormatter() {}

    /** A usage error of a magic: one line, as IPython prints "UsageError: ...", wrapped when long. */
    static KernelError usage(String ename, String message) {
        return new KernelError(ename, message, List.of(RED + ename + RESET + ": " + wrap(message, ename.length() + 2)));
    }

    /** {@code text} with spaces turned into line breaks so that no line passes WRAP_COLUMNS (first line after {@code indent}). */
    static String wrap(String text, int indent) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int column = indent;
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
                column = 0;
            }
            boolean first = true;
            for (String word : line.split(" ", -1)) {
                if (!first && column + 1 + word.length() > WRAP_COLUMNS && column > 0) {
                    out.append('\n');
                    column = 0;
                } else if (!first) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
                first = false;
            }
        }
        return out.toString();
    }

    /** The run was stopped by Kernel > Interrupt. */
    static KernelError interrupted(String where) {
        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        lines.add(BOLD_RED + "KeyboardInterrupt" + RESET + "                         Traceback (most recent call last)");
        if (where != null && !where.isEmpty()) lines.add(where);
        lines.add(BOLD_RED + "KeyboardInterrupt" + RESET + ": ");
        return new KernelError("KeyboardInterrupt", "", lines);
    }

    /**
     * A syntax error with the offending line and a caret under the column, as IPython shows
     * it: {@code Cell In[3], line 2}, the line, the caret, then {@code SyntaxError: message}.
     */
    static KernelError syntax(String ename, String message, String cellName, int line, int column, String sourceLine) {
        List<String> lines = new ArrayList<>();
        lines.add(GREEN + "  " + cellName + ", line " + line + RESET);
        if (sourceLine != null) {
            String stripped = sourceLine.stripLeading();
            int removed = sourceLine.length() - stripped.length();
            lines.add("    " + stripped.stripTrailing());
            int caret = Math.max(0, column - 1 - removed);
            lines.add("    " + " ".repeat(caret) + BOLD_RED + "^" + RESET);
        }
        lines.add(RED + ename + RESET + ": " + message);
        return new KernelError(ename, message, lines);
    }

    /**
     * The same syntax error as python3's traceback.print_exception prints it for a file named
     * {@code cellName} (for %%python; Lib/traceback.py's _format_syntax_error): the line without
     * its leading spaces and form feeds (tabs stay), then carets from the column to the end column
     * ({@code endColumn} 0 when there is none), under which the line's tabs are kept for alignment.
     */
    static String syntaxText(String ename, String message, String cellName, int line, int column, int endColumn,
            String sourceLine) {
        StringBuilder out = new StringBuilder("  File \"").append(cellName).append("\", line ").append(line).append('\n');
        if (sourceLine != null) {
            int[] text = sourceLine.codePoints().toArray();
            int spaces = 0;
            while (spaces < text.length && (text[spaces] == ' ' || text[spaces] == '\n' || text[spaces] == '\f')) spaces++;
            out.append("    ").append(new String(text, spaces, text.length - spaces)).append('\n');
            int end = endColumn == 0 ? column : endColumn;
            if (column == end || end == -1) end = column + 1;
            int from = column - 1 - spaces;
            int to = end - 1 - spaces;
            if (from >= 0) {
                out.append("    ");
                for (int i = spaces; i < Math.min(spaces + from, text.length); i++) {
                    out.appendCodePoint(isPythonSpace(text[i]) ? text[i] : ' ');
                }
                out.append("^".repeat(Math.max(0, to - from))).append('\n');
            }
        }
        return out.append(ename).append(": ").append(message.isEmpty() ? "<no detail available>" : message)
                .append('\n').toString();
    }

    /** Python's str.isspace() for one character. */
    private static boolean isPythonSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /** A Python exception from a workload: the traceback lines are already in Python's words. */
    static KernelError python(String ename, String evalue, List<String> tracebackBody) {
        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        lines.add(BOLD_RED + ename + RESET + "                                 Traceback (most recent call last)");
        lines.addAll(tracebackBody);
        lines.add(BOLD_RED + ename + RESET + ": " + evalue);
        return new KernelError(ename, evalue, lines);
    }

    /** A bug of ours: say so plainly; the kernel keeps running. */
    static KernelError internal(Throwable e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        String message = "gilsim hit an internal error (" + what + "). The session is intact; please report this cell.";
        return new KernelError("InternalError", message, List.of(RED + "InternalError" + RESET + ": " + message));
    }
}
