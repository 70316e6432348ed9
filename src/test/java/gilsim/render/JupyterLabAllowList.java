package gilsim.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A port of the allow-list JupyterLab's sanitizer applies to untrusted HTML outputs
 * ({@code packages/apputils/src/sanitizer.ts}, JupyterLab 4, which hands it to sanitize-html):
 * the allowed tags, the attributes each tag may keep, and, for {@code style} attributes, the
 * properties and the regular expressions their values must match. The tags and attributes are
 * complete for what HTML reports could use; the style regexes are ported for the properties a
 * report may set, and any other property counts as removed (as it would be).
 *
 * <p>{@link #removals} lists everything the sanitizer would take out of a fragment; a report that
 * survives untouched has none. A removed non-allowed element keeps its text (sanitize-html's
 * default), which is how an inline {@code <svg>} leaks its labels as loose words.
 */
final class JupyterLabAllowList {
    static final Set<String> TAGS = Set.of("a", "abbr", "acronym", "address", "area", "article", "aside", "audio",
            "b", "bdi", "bdo", "big", "blockquote", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
            "colgroup", "colspan", "command", "data", "datalist", "dd", "del", "details", "dfn", "dir", "div", "dl",
            "dt", "em", "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "i", "img", "input", "ins", "kbd", "label", "legend", "li", "map", "mark", "menu",
            "meter", "nav", "nobr", "ol", "optgroup", "option", "output", "p", "pre", "progress", "q", "rowspan", "s",
            "samp", "section", "select", "small", "source", "span", "strike", "strong", "sub", "summary", "sup",
            "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr", "track", "tt", "u", "ul", "var",
            "video", "wbr");

    static final Set<String> GLOBAL_ATTRIBUTES = Set.of("class", "dir", "draggable", "hidden", "id", "inert",
            "itemprop", "itemref", "itemscope", "lang", "spellcheck", "style", "title", "translate");

    static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("a", Set.of("accesskey", "coords", "href", "hreflang", "name", "rel", "shape", "tabindex",
                    "target", "type")),
            Map.entry("img", Set.of("align", "alt", "border", "height", "hspace", "ismap", "name", "src", "usemap",
                    "vspace", "width")),
            Map.entry("table", Set.of("align", "bgcolor", "border", "cellpadding", "cellspacing", "frame", "rules",
                    "summary", "width")),
            Map.entry("td", Set.of("abbr", "align", "axis", "bgcolor", "char", "charoff", "colspan", "headers",
                    "height", "nowrap", "rowspan", "scope", "valign", "width")),
            Map.entry("th", Set.of("abbr", "align", "axis", "bgcolor", "char", "charoff", "colspan", "headers",
                    "height", "nowrap", "rowspan", "scope", "valign", "width")),
            Map.entry("tr", Set.of("align", "bgcolor", "char", "charoff", "valign")),
            Map.entry("thead", Set.of("align", "char", "charoff", "valign")),
            Map.entry("tbody", Set.of("align", "char", "charoff", "valign")),
            Map.entry("div", Set.of("align")),
            Map.entry("p", Set.of("align")),
            Map.entry("progress", Set.of("max", "min", "value")),
            Map.entry("ul", Set.of("compact", "type")),
            Map.entry("li", Set.of("type", "value")));

    // Numbers and lengths, as CssProp.N and CssProp.B in sanitizer.ts.
    private static final String NUMBER = "[+-]?([0-9]*[.])?[0-9]+(e-?[0-9]*)?";
    private static final String NUMBER_POS = "[+]?([0-9]*[.])?[0-9]+(e-?[0-9]*)?";
    private static final String INTEGER_ZERO_FF = "([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])";
    private static final String NUMBER_ZERO_HUNDRED = "[+]?(([0-9]|[1-9][0-9])([.][0-9]+)?|100)";
    private static final String NUMBER_ZERO_ONE = "[+]?(1([.][0]+)?|0([.][0-9]+)?)";
    private static final String LEN_OR_PERC = "(0|" + NUMBER + "(px|em|rem|ex|in|cm|mm|pt|pc|%))";
    private static final String LENGTH = "(" + NUMBER + "(px|em|rem|ex|in|cm|mm|pt|pc)|0)";
    private static final String LENGTH_POS = "(" + NUMBER_POS + "(px|em|rem|ex|in|cm|mm|pt|pc)|0)";
    private static final String PERCENTAGE = NUMBER + "%";
    private static final String PERCENTAGE_POS = NUMBER_POS + "%";
    private static final String PERCENTAGE_ZERO_HUNDRED = NUMBER_ZERO_HUNDRED + "%";
    private static final String BORDER_STYLE = "none|hidden|dotted|dashed|solid|double|groove|ridge|inset|outset";
    private static final String ABSOLUTE_SIZE = "xx-small|x-small|small|medium|large|x-large|xx-large";
    // Colours: hex, rgb(), rgba() with integer channels, names (a few; reports use none).
    private static final String COLOR = "\\#(0x)?[0-9a-f]+"
            + "|rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)"
            + "|rgba\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(" + INTEGER_ZERO_FF + "|"
            + NUMBER_ZERO_ONE + "|" + PERCENTAGE_ZERO_HUNDRED + ")\\s*\\)"
            + "|black|white|gray|grey|red|green|blue|transparent";
    private static final String BORDER_WIDTH = "thin|medium|thick|" + LENGTH;
    private static final String BORDER = "((" + BORDER_WIDTH + "|" + BORDER_STYLE + "|" + COLOR + ")\\s*){1,3}";
    private static final String MARGIN_WIDTH = LEN_OR_PERC + "|auto";
    private static final String PADDING_WIDTH = LENGTH_POS + "|" + PERCENTAGE_POS;

    /** Property → value pattern, as CssProp's static fields (wrapped in ^…$, case-insensitive). */
    static final Map<String, Pattern> STYLES = new HashMap<>();

    static {
        style("background-color", COLOR);
        style("border", BORDER);
        style("border-top", BORDER);
        style("border-bottom", BORDER);
        style("border-left", BORDER);
        style("border-right", BORDER);
        style("border-collapse", "collapse|separate");
        style("border-radius", "((" + LEN_OR_PERC + ")\\s*){1,4}(\\/\\s*((" + LEN_OR_PERC + ")\\s*){1,4})?");
        style("color", COLOR);
        style("display", "inline|block|list-item|run-in|inline-list-item|inline-block|table|inline-table|table-cell"
                + "|table-caption|flex|inline-flex|grid|inline-grid|auto|block|table|flex|grid|block-level"
                + "|inline-level|none|table-row-group|table-header-group|table-footer-group|table-row|table-cell"
                + "|table-column-group|table-column|table-caption|inherit|inline-box|inline-stack");
        style("font-size", ABSOLUTE_SIZE + "|smaller|larger|" + LENGTH_POS + "|" + PERCENTAGE_POS);
        style("font-style", "normal|italic|oblique");
        style("font-weight", "normal|bold|bolder|lighter|100|200|300|400|500|600|700|800|900");
        style("height", LENGTH + "|" + PERCENTAGE + "|auto");
        style("line-height", "normal|" + NUMBER_POS + "|" + LENGTH_POS + "|" + PERCENTAGE_POS);
        style("margin", "((" + MARGIN_WIDTH + ")\\s*){1,4}");
        style("margin-top", MARGIN_WIDTH);
        style("margin-bottom", MARGIN_WIDTH);
        style("max-width", LENGTH_POS + "|" + PERCENTAGE_POS + "|none|auto");
        style("overflow-x", "visible|hidden|scroll|auto|no-display|no-content");
        style("padding", "((" + PADDING_WIDTH + ")\\s*){1,4}");
        style("text-align", "left|right|center|justify");
        style("vertical-align", "baseline|sub|super|top|text-top|middle|bottom|text-bottom|" + LEN_OR_PERC);
        style("white-space", "normal|pre|nowrap|pre-wrap|pre-line");
        style("width", LENGTH_POS + "|" + PERCENTAGE_POS + "|auto");
    }

    private static void style(String property, String valueRegex) {
        STYLES.put(property, Pattern.compile("^" + valueRegex + "$", Pattern.CASE_INSENSITIVE));
    }

    private JupyterLabAllowList() {}

    /** What the sanitizer would remove from {@code html} (a well-formed fragment), in words. */
    static List<String> removals(String html) {
        List<String> out = new ArrayList<>();
        walk(parse(html).getDocumentElement(), out, true);
        return out;
    }

    static Document parse(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader("<root>" + html + "</root>")));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    private static void walk(Element e, List<String> out, boolean root) {
        String tag = e.getTagName().toLowerCase(Locale.ROOT);
        if (!root && !TAGS.contains(tag)) {
            out.add("tag <" + tag + ">" + (Set.of("script", "style", "textarea", "option").contains(tag)
                    ? " (removed with its text)" : " (its text would leak: '" + e.getTextContent() + "')"));
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName().toLowerCase(Locale.ROOT);
            String value = attributes.item(i).getNodeValue();
            if (root) continue;
            if (!GLOBAL_ATTRIBUTES.contains(name) && !ATTRIBUTES.getOrDefault(tag, Set.of()).contains(name)) {
                out.add("attribute " + name + " of <" + tag + ">");
            } else if (name.equals("style")) {
                for (String declaration : value.split(";")) {
                    if (declaration.isBlank()) continue;
                    int colon = declaration.indexOf(':');
                    String property = declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String v = declaration.substring(colon + 1).trim();
                    Pattern p = STYLES.get(property);
                    if (p == null || !p.matcher(v).find()) out.add("style " + property + ":" + v + " of <" + tag + ">");
                }
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) walk(child, out, false);
        }
    }
}
