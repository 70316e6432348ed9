package gilsim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell's source as code points, with line breaks normalised to '\n', and its physical lines
 * for error messages. Columns everywhere in gilsim.lang count code points, so a non-BMP character
 * (an emoji) is one column, as in CPython's error offsets.
 */
final class SourceText {

    final int[] cps;
    private final List<String> lines = new ArrayList<>();

    SourceText(String source) {
        String normalised = source.replace("\r\n", "\n").replace('\r', '\n');
        this.cps = normalised.codePoints().toArray();
        int start = 0;
        for (int i = 0; i <= normalised.length(); i++) {
            if (i == normalised.length() || normalised.charAt(i) == '\n') {
                lines.add(normalised.substring(start, i));
                start = i + 1;
            }
        }
        // "a\n" is one line, as CPython counts it; "" is one empty line.
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
    }

    int length() {
        return cps.length;
    }

    /** The code point at {@code i}, or -1 past the end. */
    int at(int i) {
        return i < cps.length ? cps[i] : -1;
    }

    String text(int from, int to) {
        return new String(cps, from, to - from);
    }

    /** Physical line {@code line} (1-based) without its '\n'; "" past the end. */
    String line(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    int lineCount() {
        return lines.size();
    }

    /** Where CPython puts errors "at the end of the input": after the last line's last char. */
    SourcePos endPos() {
        int last = lines.size();
        return new SourcePos(last, line(last).codePointCount(0, line(last).length()) + 1);
    }
}
