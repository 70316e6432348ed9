package gilsim.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places the labels at the right-hand ends of a chart's lines. Each label wants to sit level with
 * its line's end; lines that end close together (three GIL-on lines all near 1×) would print
 * their labels on top of each other, so labels that would collide are stacked a label height
 * apart, the stack centred on the ends it labels and kept inside the plot. The chart draws a
 * leader line from each line's end to a label that had to move.
 */
final class EndLabels {
    private EndLabels() {}

    /**
     * The labels' centres: {@code wanted[i]} where it can be, no two closer than {@code height},
     * all within {@code [top, bottom]} when there is room for them (from {@code top} down when not).
     */
    static double[] place(double[] wanted, double height, double top, double bottom) {
        Integer[] order = new Integer[wanted.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(wanted[a], wanted[b]));
        // Stacks of labels, top to bottom: each starts as one label at its line; a stack that runs
        // into the one above merges with it, and the merged stack centres on its lines' mean.
        List<List<Integer>> stacks = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        for (int i : order) {
            List<Integer> stack = new ArrayList<>(List.of(i));
            double start = startOf(stack, wanted, height, top, bottom);
            while (!stacks.isEmpty()) {
                int last = stacks.size() - 1;
                if (starts.get(last) + stacks.get(last).size() * height <= start + 1e-9) break;
                List<Integer> merged = stacks.remove(last);
                starts.remove(last);
                merged.addAll(stack);
                stack = merged;
                start = startOf(stack, wanted, height, top, bottom);
            }
            stacks.add(stack);
            starts.add(start);
        }
        double[] placed = new double[wanted.length];
        for (int s = 0; s < stacks.size(); s++) {
            List<Integer> stack = stacks.get(s);
            for (int k = 0; k < stack.size(); k++) placed[stack.get(k)] = starts.get(s) + k * height;
        }
        return placed;
    }

    /** Where a stack's first label goes: centred on its lines' ends, clamped into the plot. */
    private static double startOf(List<Integer> stack, double[] wanted, double height, double top, double bottom) {
        double mean = 0;
        for (int i : stack) mean += wanted[i];
        mean /= stack.size();
        double span = (stack.size() - 1) * height;
        return Math.max(top, Math.min(mean - span / 2, bottom - span));
    }
}
