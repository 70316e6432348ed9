package gilsim.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Two outputs lined up line by line, as a side-by-side diff shows them: lines both have in the
 * same order (a longest common subsequence) face each other; between two such lines, what only
 * one side has is paired up as changed lines, and the rest stands alone on its side. So one extra
 * line does not make every line below it look different.
 */
final class LineAlignment {
    /** Beyond this many line pairs the LCS table would be too big: lines are paired by position. */
    private static final long MAX_CELLS = 4_000_000L;

    enum Kind { SAME, CHANGED, LEFT_ONLY, RIGHT_ONLY }

    /** One row of the side-by-side view; the missing side is null. */
    record Row(String left, String right, Kind kind) {}

    private LineAlignment() {}

    static List<Row> align(List<String> left, List<String> right) {
        int n = left.size(), m = right.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) return byPosition(left, right);
        // lcs[i][j]: length of the longest common subsequence of left[i..] and right[j..].
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = left.get(i).equals(right.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<String> onlyLeft = new ArrayList<>(), onlyRight = new ArrayList<>();
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && left.get(i).equals(right.get(j))) {
                flush(rows, onlyLeft, onlyRight);
                rows.add(new Row(left.get(i), right.get(j), Kind.SAME));
                i++;
                j++;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                onlyLeft.add(left.get(i++));
            } else {
                onlyRight.add(right.get(j++));
            }
        }
        flush(rows, onlyLeft, onlyRight);
        return rows;
    }

    /** Lines only one side has between two common ones: paired as changed, the surplus alone. */
    private static void flush(List<Row> rows, List<String> onlyLeft, List<String> onlyRight) {
        int k = Math.max(onlyLeft.size(), onlyRight.size());
        for (int x = 0; x < k; x++) {
            String l = x < onlyLeft.size() ? onlyLeft.get(x) : null;
            String r = x < onlyRight.size() ? onlyRight.get(x) : null;
            rows.add(new Row(l, r, l == null ? Kind.RIGHT_ONLY : r == null ? Kind.LEFT_ONLY : Kind.CHANGED));
        }
        onlyLeft.clear();
        onlyRight.clear();
    }

    private static List<Row> byPosition(List<String> left, List<String> right) {
        List<Row> rows = new ArrayList<>();
        for (int x = 0; x < Math.max(left.size(), right.size()); x++) {
            String l = x < left.size() ? left.get(x) : null;
            String r = x < right.size() ? right.get(x) : null;
            Kind kind = l == null ? Kind.RIGHT_ONLY : r == null ? Kind.LEFT_ONLY : l.equals(r) ? Kind.SAME : Kind.CHANGED;
            rows.add(new Row(l, r, kind));
        }
        return rows;
    }
}
