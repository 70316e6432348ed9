package gilsim.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden files for the renderers under {@code src/test/resources/golden/render/}. HTML is kept
 * as an outline (a line per block element, each chart's base64 replaced by the name of the SVG
 * file beside it), so a diff shows what changed. After an intended change, regenerate with
 * {@code mvn test -Dtest='Report*Test,Compare*Test' -Dgolden.update=true} and review the diff.
 */
final class Golden {
    static final Path DIR = Path.of("src/test/resources/golden/render");
    private static final Pattern IMG = Pattern.compile("src=\"data:image/svg\\+xml;base64,([^\"]*)\"");

    private Golden() {}

    static void assertMatches(String file, String actual) throws IOException {
        Path golden = DIR.resolve(file);
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.createDirectories(DIR);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, file);
    }

    /** Checks an HTML report and each of its charts against {@code NAME.html} and {@code NAME-N.svg}. */
    static void assertHtmlMatches(String name, String html) throws IOException {
        List<String> svgs = svgs(html);
        Matcher m = IMG.matcher(html);
        StringBuilder outline = new StringBuilder();
        int i = 0;
        while (m.find()) m.appendReplacement(outline, Matcher.quoteReplacement("src=\"" + name + "-" + i++ + ".svg\""));
        m.appendTail(outline);
        assertMatches(name + ".html", outline.toString().replaceAll("<(div|p|table|thead|tbody|tr|img|ul|li)([ >])", "\n<$1$2") + "\n");
        for (int k = 0; k < svgs.size(); k++) {
            assertMatches(name + "-" + k + ".svg", svgs.get(k).replace("><", ">\n<") + "\n");
        }
    }

    /** The SVG documents of a report's charts, decoded. */
    static List<String> svgs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = IMG.matcher(html);
        while (m.find()) out.add(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
        return out;
    }
}
