package gilsim.kernel.magic;

/**
 * An IPython-style help request on its own logical line: {@code name?}, {@code ?name},
 * {@code name??}, {@code obj.attr?}, {@code %gil?}, {@code ?%gil}, {@code %%compare?}.
 *
 * @param target  what help is asked for, as written without the question marks: "x", "obj.attr",
 *                "%gil", "%%compare"
 * @param isMagic whether the target is a magic (starts with {@code %})
 * @param line    the 1-based line number in the cell
 */
public record HelpRequest(String target, boolean isMagic, int line) {
}
