package gilsim.kernel.magic;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean ...?" for misspelt magic names and values: the candidates within a small edit
 * distance (optimal string alignment, so a swap of two letters counts once), or that start with
 * what was typed.
 */
final class CloseMatches {
    private CloseMatches() {}

    /** The candidates close to {@code typed}: those it begins first, then by distance. */
    static List<String> among(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        int allowed = t.length() <= 3 ? 1 : 2;
        record Scored(String candidate, boolean prefix, int distance) {}
        return candidates.stream()
                .map(c -> new Scored(c, t.length() >= 3 && c.toLowerCase(Locale.ROOT).startsWith(t),
                        distance(t, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= allowed || s.prefix())
                .sorted(Comparator.comparing((Scored s) -> !s.prefix()).thenComparingInt(Scored::distance)
                        .thenComparing(Scored::candidate))
                .map(Scored::candidate)
                .distinct()
                .toList();
    }

    /** " Did you mean %threads?" or " Did you mean on or off?"; empty when nothing is close. */
    static String suggestion(String typed, Collection<String> candidates, String prefix) {
        List<String> close = among(typed, candidates);
        if (close.isEmpty()) return "";
        List<String> shown = close.stream().limit(3).map(c -> prefix + c).toList();
        String joined = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
        return " Did you mean " + joined + "?";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
