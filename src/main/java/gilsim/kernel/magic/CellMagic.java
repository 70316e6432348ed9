package gilsim.kernel.magic;

/**
 * A cell magic: {@code %%name args} on the cell's first line, the rest of the cell its body.
 *
 * @param name          the name without {@code %%}
 * @param args          the rest of the first line, trimmed, without a trailing {@code # comment}
 * @param body          every line after the magic line, unchanged
 * @param bodyFirstLine the 1-based cell line number of the body's first line
 */
public record CellMagic(String name, String args, String body, int bodyFirstLine) {
}
