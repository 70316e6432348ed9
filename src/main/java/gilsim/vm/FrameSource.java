package gilsim.vm;

import gilsim.lang.bytecode.Position;

/**
 * The lines a traceback prints under a frame's {@code File "...", line N, in f}: the source line,
 * and under it the PEP 657 markers of the failing instruction's span, as CPython 3.11.7 draws
 * them: {@code ^} under the span, or for a binary operation or a subscript {@code ~} under the
 * operands and {@code ^} under the operator or the brackets ({@link CaretAnchors}). A span over
 * several lines is marked to the end of its first line. No markers when the span is the whole
 * line and has no anchors: they would say nothing. Columns count terminal cells, two for a wide
 * character. The two printers differ in details ({@link TracebackStyle}); both are followed.
 */
final class FrameSource {
    private static final String INDENT = "    ";

    private FrameSource() {}

    static void append(StringBuilder sb, TracebackEntry e, TracebackStyle style) {
        if (e.sourceLine() == null) return;
        if (style == TracebackStyle.INTERPRETER) appendAsInterpreter(sb, e.sourceLine(), e.position());
        else appendAsTracebackModule(sb, e.sourceLine() + (e.sourceLineEnded() ? "\n" : ""), e.position());
    }

    /** Python/traceback.c: tb_displayline, display_source_line_with_margin, print_error_location_carets. */
    private static void appendAsInterpreter(StringBuilder sb, String raw, Position p) {
        LineText line = new LineText(raw);
        int lead = 0;
        while (lead < line.length() && LineText.isCBlank(line.cps[lead])) lead++;
        // The indentation goes; trailing blanks stay.
        String shown = line.slice(lead, line.length());
        if (shown.isBlank()) return;
        sb.append(INDENT).append(shown).append('\n');
        if (!p.hasColumns()) return;
        int start = line.charOffsetReadingNul(p.col());
        int end = line.charOffsetReadingNul(p.endCol());
        int left = -1, right = -1;
        if (p.line() == p.endLine()) {
            CaretAnchors.Anchors a = CaretAnchors.interpreter(line.slice(start, end));
            if (a != null) {
                left = a.leftEnd() + start;
                right = a.rightStart() + start;
            }
        } else {
            // To the last non-blank of the line; CPython walks the UTF-8 bytes from the index of
            // the last character, so a non-ASCII line with trailing blanks is marked further.
            int i = line.length();
            while (--i >= 0) {
                if (!LineText.isCBlank(line.byteAt(i))) break;
            }
            end = i + 1;
        }
        boolean anchored = left >= 0;
        if (end - start == line.length() - lead && !anchored) return;
        int displayStart = LineText.displayWidthOfPrefix(line.cps, start);
        int displayEnd = LineText.displayWidthOfPrefix(line.cps, end);
        int displayLeft = anchored ? LineText.displayWidthOfPrefix(line.cps, left) : -1;
        int displayRight = anchored ? LineText.displayWidthOfPrefix(line.cps, right) : -1;
        // print_error_location_carets counts columns from the removed indentation less the 4 spaces
        // the line was printed with: the first columns are the indent.
        for (int column = lead - INDENT.length() + 1; column <= displayEnd; column++) {
            if (column <= displayStart) sb.append(' ');
            else if (anchored && displayLeft < column && column <= displayRight) sb.append('^');
            else sb.append(anchored ? '~' : '^');
        }
        sb.append('\n');
    }

    /** Lib/traceback.py: StackSummary.format_frame_summary; {@code original} is the line as linecache has it. */
    private static void appendAsTracebackModule(StringBuilder sb, String original, Position p) {
        String stripped = LineText.pythonStrip(original);
        if (stripped.isEmpty()) return;
        sb.append(INDENT).append(stripped).append('\n');
        if (!p.hasColumns()) return;
        LineText line = new LineText(original);
        int strippedLength = stripped.codePointCount(0, stripped.length());
        // Leading and trailing whitespace, the line end included: with trailing blanks, or without
        // a final newline, the markers move (CPython's arithmetic, kept).
        int strippedCharacters = line.length() - strippedLength;
        int start = line.charOffset(p.col());
        int end = line.charOffset(p.endCol());
        String segment = line.slice(start, end);
        CaretAnchors.Anchors a = null;
        if (p.line() == p.endLine()) {
            a = CaretAnchors.tracebackModule(segment);
        } else {
            end = line.pythonRstripLength();
        }
        if (!(end - start < strippedLength || (a != null && a.rightStart() - a.leftEnd() > 0))) return;
        int displayStart = LineText.displayWidth(line.cps, start) + 1;
        int displayEnd = LineText.displayWidth(line.cps, end) + 1;
        sb.append(INDENT).append(" ".repeat(Math.max(0, displayStart - strippedCharacters)));
        if (a != null) {
            int[] seg = segment.codePoints().toArray();
            int displayLeft = LineText.displayWidth(seg, a.leftEnd());
            int displayRight = LineText.displayWidth(seg, a.rightStart());
            sb.append("~".repeat(Math.max(0, displayLeft)));
            sb.append("^".repeat(Math.max(0, displayRight - displayLeft)));
            sb.append("~".repeat(Math.max(0, displayEnd - displayStart - displayRight)));
        } else {
            sb.append("^".repeat(Math.max(0, displayEnd - displayStart)));
        }
        sb.append('\n');
    }
}
