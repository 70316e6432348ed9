package gilsim.kernel.magic;

import java.util.List;

/**
 * Completions for the text between {@code start} and {@code end}, positions in Unicode code points
 * of the cell (as Jupyter's {@code cursor_start} and {@code cursor_end}).
 *
 * @param matches what may replace that text, e.g. "%threads" (magic names include their %)
 * @param start   first code point replaced
 * @param end     code point after the last one replaced (the cursor)
 */
public record Completion(List<String> matches, int start, int end) {
    public Completion {
        matches = List.copyOf(matches);
    }
}
