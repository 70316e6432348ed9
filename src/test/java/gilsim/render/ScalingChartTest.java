package gilsim.render;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScalingChartTest {
    @Test
    void labelsOfLinesEndingTogetherAreStackedALabelHeightApart() {
        List<ScalingChart.EndLabel> labels = ScalingChart.endLabels(ReportFixtures.compare24());
        List<ScalingChart.EndLabel> gilOn = labels.stream().filter(l -> l.text().startsWith("gil on")).toList();
        assertEquals(3, gilOn.size());
        for (int a = 0; a < gilOn.size(); a++) {
            for (int b = a + 1; b < gilOn.size(); b++) {
                assertTrue(Math.abs(gilOn.get(a).lineY() - gilOn.get(b).lineY()) < ScalingChart.LABEL_H,
                        "the three GIL-on lines end within a label height of each other");
                assertTrue(Math.abs(gilOn.get(a).labelY() - gilOn.get(b).labelY()) >= ScalingChart.LABEL_H - 1e-9,
                        gilOn.get(a) + " overlaps " + gilOn.get(b));
            }
        }
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                assertTrue(Math.abs(labels.get(a).labelY() - labels.get(b).labelY()) >= ScalingChart.LABEL_H - 1e-9,
                        labels.get(a) + " overlaps " + labels.get(b));
            }
            assertTrue(Math.abs(labels.get(a).labelY() - labels.get(a).lineY()) <= 2 * ScalingChart.LABEL_H,
                    "a label stays near its line: " + labels.get(a));
        }
    }

    @Test
    void aLabelWithRoomStaysLevelWithItsLine() {
        assertArrayEquals(new double[] {50, 120, 200}, EndLabels.place(new double[] {50, 120, 200}, 15, 0, 300));
    }

    @Test
    void collidingLabelsStackCentredOnTheirLines() {
        double[] placed = EndLabels.place(new double[] {101, 100, 102}, 15, 0, 300);
        assertArrayEquals(new double[] {101, 86, 116}, placed, 1e-9);
    }

    @Test
    void aStackThatWouldLeaveThePlotIsPushedBackIntoIt() {
        double[] placed = EndLabels.place(new double[] {298, 299, 300, 40}, 15, 0, 300);
        assertArrayEquals(new double[] {270, 285, 300, 40}, placed, 1e-9);
        double[] top = EndLabels.place(new double[] {0, 1}, 15, 5, 300);
        assertArrayEquals(new double[] {5, 20}, top, 1e-9);
    }

    @Test
    void stacksThatMeetMergeIntoOne() {
        // 100 and 101 stack to 93/108; 114 then collides with 108 and all three stack around their mean.
        double[] placed = EndLabels.place(new double[] {100, 101, 114}, 15, 0, 300);
        assertArrayEquals(new double[] {90, 105, 120}, placed, 1e-9);
    }

    @Test
    void everyLineDiffersFromTheOthersByColourDashAndMarker() {
        Set<String> colours = new HashSet<>();
        Set<String> dashes = new HashSet<>();
        Set<Integer> shapes = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            colours.add(ScalingChart.colour(i));
            dashes.add(String.valueOf(ScalingChart.dash(i)));
            shapes.add(i % Markers.SHAPES);
        }
        assertEquals(6, colours.size());
        assertEquals(6, dashes.size(), "six lines, six dash patterns (not six solid lines)");
        assertEquals(6, shapes.size());
        String svg = Golden.svgs(CompareHtml.render(ReportFixtures.compare24())).get(0);
        for (int i = 1; i < 6; i++) {
            assertTrue(svg.contains("stroke=\"" + ScalingChart.colour(i) + "\" stroke-width=\"2.5\" stroke-dasharray=\""
                    + ScalingChart.dash(i) + "\""), "line " + i + " and its legend sample are dashed: " + svg);
        }
    }
}
