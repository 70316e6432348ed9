package gilsim.kernel.magic;

import java.util.List;

/**
 * A cell split into what the kernel does with it (DESIGN.md §3).
 *
 * @param lineMagics   the line magics in order; empty for a cell magic cell
 * @param cellMagic    the cell magic, or null
 * @param code         the cell with every magic and help line blanked (replaced by an empty line),
 *                     so that line numbers are the cell's; for a cell magic, its body below blank
 *                     lines; blank lines only when the cell holds no code at all (empty or
 *                     comment-only)
 * @param helpRequests the help requests in order
 */
public record ParsedCell(List<LineMagic> lineMagics, CellMagic cellMagic, String code,
                         List<HelpRequest> helpRequests) {

    public ParsedCell {
        lineMagics = List.copyOf(lineMagics);
        helpRequests = List.copyOf(helpRequests);
    }

    /** Whether there is code to run: something besides blank lines and comments. */
    public boolean hasCode() {
        return !code.isBlank();
    }
}
