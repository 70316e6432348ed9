package gilsim.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormatTemplateTest {

    /** _string.formatter_parser's view: (literal, field name, spec, conversion) per piece. */
    static String parse(String template) {
        StringBuilder sb = new StringBuilder();
        try {
            FormatTemplate t = new FormatTemplate(template);
            while (t.next()) {
                sb.append('(').append(StrRepr.repr(t.literal())).append(", ");
                if (t.hasField()) {
                    sb.append(StrRepr.repr(t.fieldName())).append(", ").append(StrRepr.repr(t.formatSpec()))
                            .append(", ").append(t.conversion() == 0 ? "None"
                                    : StrRepr.repr(new String(Character.toChars(t.conversion()))));
                } else {
                    sb.append("None, None, None");
                }
                sb.append(") ");
            }
        } catch (FormatError e) {
            sb.append(e);
        }
        return sb.toString();
    }

    /** _string.formatter_field_name_split's view. */
    static String split(String name) {
        StringBuilder sb = new StringBuilder();
        try {
            FieldName f = FieldName.split(name, null);
            sb.append(f.isIndex() ? Long.toString(f.index()) : StrRepr.repr(f.name()));
            while (f.nextAccessor()) {
                sb.append(" (").append(f.isAttribute() ? "True" : "False").append(", ")
                        .append(!f.isAttribute() && f.itemIndex() >= 0 ? Long.toString(f.itemIndex()) : StrRepr.repr(f.key()))
                        .append(')');
            }
        } catch (FormatError e) {
            sb.append(e);
        }
        return sb.toString();
    }

    /** A small str.format for int positional arguments and two keywords, as a VM would drive it. */
    static String render(String template, long[] args) {
        try {
            return render(template, args, new FormatTemplate.AutoNumber(), FormatTemplate.MAX_RECURSION);
        } catch (FormatError e) {
            return e.toString();
        }
    }

    private static String render(String template, long[] args, FormatTemplate.AutoNumber numbering, int depth) {
        if (depth <= 0) {
            throw FormatTemplate.recursionError();
        }
        StringBuilder out = new StringBuilder();
        FormatTemplate t = new FormatTemplate(template);
        while (t.next()) {
            out.append(t.literal());
            if (!t.hasField()) {
                continue;
            }
            FieldName f = FieldName.split(t.fieldName(), numbering);
            Object value;
            if (f.isIndex()) {
                if (f.index() >= args.length) {
                    throw new FormatError("IndexError", "Replacement index " + f.index()
                            + " out of range for positional args tuple");
                }
                value = args[(int) f.index()];
            } else if (f.name().equals("a")) {
                value = "x";
            } else if (f.name().equals("b")) {
                value = 2.5;
            } else {
                throw new FormatError("KeyError", StrRepr.repr(f.name()));
            }
            if (f.nextAccessor()) {
                throw new IllegalStateException("accessors are not rendered by this test: " + template);
            }
            int conversion = FormatTemplate.checkConversion(t.conversion());
            if (conversion == 'r' || conversion == 'a') {
                value = value instanceof String ? StrRepr.repr((String) value) : value.toString();
            } else if (conversion == 's') {
                value = value.toString();
            }
            String spec = t.specNeedsExpanding() ? render(t.formatSpec(), args, numbering, depth - 1) : t.formatSpec();
            if (value instanceof Long) {
                out.append(Formatter.formatInt((Long) value, spec));
            } else if (value instanceof Double) {
                out.append(Formatter.formatFloat((Double) value, spec));
            } else {
                out.append(Formatter.formatStr((String) value, spec));
            }
        }
        return out.toString();
    }

    @Test
    void templatesParseAndRenderAsPython() {
        assertEquals("('a', '0', '', None) ('b', '1', '>{2}', 'r') ('c', None, None, None) ",
                parse("a{0}b{1!r:>{2}}c"));
        assertEquals("0 (True, 'a') (False, 1) (True, 'b')", split("0.a[1].b"));
        long[] args = {1, 2, 3, 4};
        assertEquals("1   2", render("{} {:>{}}", args));
        assertEquals("ValueError: cannot switch from manual field specification to automatic field numbering",
                render("{1}{}", args));
        assertEquals("ValueError: Max string recursion exceeded", render("{0:{1:{2}}}", args));
        assertEquals("ValueError: Unknown conversion specifier \\xe9", render("{0!\u00e9}", args));
        assertThrows(FormatError.class, () -> new FormatTemplate("}").next());
    }

    private static final String[] PIECES = {
        "a", " ", "{", "}", "{{", "}}", "{0}", "{1}", "{}", "{a}", "{b}", "{c}", "{0!r}", "{!s}", "{a!a}", "{0!x}",
        "{0:>5}", "{1:{2}}", "{:{}}", "{b:.{0}f}", "{0:{1:{2}}}", "{0.real}", "{a[0]}", "{0!", "{0:", "[", "]", ":",
        "!", ".", "{9}", "{0[}", "{a[x]y}", "{a..b}", "{0!rr}", "{\u0661}", "\u00e9", "{:,}", "{b:%}",
    };

    @Test
    void randomTemplatesMatchPython() {
        Python311.assumeAvailable();
        Random rnd = new Random(Long.getLong("seed", 5));
        long[] args = {3, 14, 7};
        List<String> in = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("count", 10_000); i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(5); k >= 0; k--) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String t = sb.toString();
            boolean accessors = t.contains(".real") || t.contains("[");
            in.add(PyText.json(t));
            String name = t.replaceAll("[{}]", "");
            expected.add(PyText.utf16Hex(parse(t)) + " " + PyText.utf16Hex(split(name)) + " "
                    + (accessors ? "-" : PyText.utf16Hex(render(t, args))));
        }
        String script = PyText.PY_HELPERS + "import _string, re\n"
                + "def e(x): return type(x).__name__ + ': ' + (repr(x.args[0]) if isinstance(x, KeyError) else str(x))\n"
                + "for line in sys.stdin:\n"
                + "    t = json.loads(line)\n"
                + "    p = ''\n"
                + "    try:\n"
                + "        for x in _string.formatter_parser(t): p += '(%r, %r, %r, %r) ' % x\n"
                + "    except ValueError as x: p += e(x)\n"
                + "    name = re.sub('[{}]', '', t)\n"
                + "    s = ''\n"
                + "    try:\n"
                + "        first, rest = _string.formatter_field_name_split(name)\n"
                + "        s = repr(first)\n"
                + "        for r in rest: s += ' (%r, %r)' % r\n"
                + "    except ValueError as x: s += e(x)\n"
                + "    if '.real' in t or '[' in t: r = None\n"
                + "    else:\n"
                + "        try: r = t.format(3, 14, 7, a='x', b=2.5)\n"
                + "        except (ValueError, IndexError, KeyError) as x: r = e(x)\n"
                + "    print(h(p), h(s), '-' if r is None else h(r))\n";
        List<String> out = Python311.run(script, String.join("\n", in) + "\n");
        for (int i = 0; i < in.size(); i++) {
            assertEquals(out.get(i), expected.get(i), in.get(i));
        }
    }
}
