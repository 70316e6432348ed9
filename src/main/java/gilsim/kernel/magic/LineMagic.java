package gilsim.kernel.magic;

/**
 * A line magic as written in a cell: {@code %threads 4} on line 3 is ("threads", "4", 3).
 *
 * @param name the name without its {@code %}; a misplaced cell magic ({@code %%compare} below the
 *             first line) keeps one {@code %} ("%compare") so that the registry can say where it
 *             belongs
 * @param args the rest of the line, trimmed, without a trailing {@code # comment}
 * @param line the 1-based line number in the cell
 */
public record LineMagic(String name, String args, int line) {
}
