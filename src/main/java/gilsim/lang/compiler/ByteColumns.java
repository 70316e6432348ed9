package gilsim.lang.compiler;

import gilsim.lang.ast.Span;

/**
 * Turns the AST's columns (1-based code points, see {@link Span}) into what CPython's compiler
 * stores in co_positions: 0-based UTF-8 byte offsets into the line. The two differ on any line
 * with a non-ASCII character before the column, and CPython's traceback converts bytes back to
 * characters with quirks of its own, so we keep its unit.
 */
final class ByteColumns {
    private final String[] lines;
    /** Per line, lazily: the byte offset of each code point index (one more entry than code points). */
    private final int[][] offsets;

    ByteColumns(String[] lines) {
        this.lines = lines;
        this.offsets = new int[lines.length][];
    }

    /** The byte offset of 1-based code point column {@code column} on 1-based {@code line}. */
    int byteOffset(int line, int column) {
        int index = column - 1;
        if (index < 0) {
            return -1;
        }
        if (line < 1 || line > lines.length) {
            return index;
        }
        int[] table = offsets[line - 1];
        if (table == null) {
            table = offsets[line - 1] = table(lines[line - 1]);
        }
        // Past the end (a position just after the line): count the missing code points as bytes.
        return index < table.length ? table[index] : table[table.length - 1] + index - (table.length - 1);
    }

    private static int[] table(String line) {
        int[] cps = line.codePoints().toArray();
        int[] table = new int[cps.length + 1];
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            table[i + 1] = table[i] + (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
        }
        return table;
    }
}
