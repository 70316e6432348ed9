package gilsim.vm.format;

/**
 * The template language of {@code str.format} (Objects/stringlib/unicode_format.h): literal text
 * with {@code {{} and {@code }}} escapes, and replacement fields
 * {@code {field_name!conversion:format_spec}}. The VM drives the rendering, since it looks up
 * arguments and attributes and calls {@code __format__}; this class parses, in the same lazy
 * order as CPython, so that errors come out after the side effects of the fields before them:
 *
 * <pre>
 *   FormatTemplate t = new FormatTemplate(text);          // MarkupIterator
 *   AutoNumber numbering = new AutoNumber();              // one per format() call
 *   while (t.next()) {
 *       out.append(t.literal());
 *       if (!t.hasField()) continue;
 *       FieldName f = FieldName.split(t.fieldName(), numbering);
 *       obj = f.isIndex() ? args[f.index()] : kwargs[f.name()];
 *       while (f.nextAccessor()) obj = f.isAttribute() ? getattr(obj, f.key()) : obj[f.itemIndex() or f.key()];
 *       obj = convert(obj, FormatTemplate.checkConversion(t.conversion()));   // !r !s !a
 *       spec = t.specNeedsExpanding() ? render(t.formatSpec(), depth - 1) : t.formatSpec();
 *       out.append(format(obj, spec));
 *   }
 * </pre>
 * Rendering starts at depth {@link #MAX_RECURSION}; a nested spec is rendered one level down,
 * and reaching depth 0 is {@link #recursionError()}.
 */
public final class FormatTemplate {
    /** build_string's initial recursion_depth: a spec may contain fields, but not deeper. */
    public static final int MAX_RECURSION = 2;

    private final String s;
    private int pos;
    private final int end;

    private String literal;
    private boolean hasField;
    private String fieldName;
    private int conversion;
    private String formatSpec;
    private boolean specNeedsExpanding;

    public FormatTemplate(String template) {
        this.s = template;
        this.end = template.length();
    }

    /** The error for a spec nested too deeply. */
    public static FormatError recursionError() {
        return FormatError.valueError("Max string recursion exceeded");
    }

    /** The literal text before the current field (escapes resolved). */
    public String literal() {
        return literal;
    }

    /** Whether a replacement field follows the literal. */
    public boolean hasField() {
        return hasField;
    }

    /** The field name, e.g. {@code 0.attr[key]}; empty for auto-numbering. */
    public String fieldName() {
        return fieldName;
    }

    /** The conversion code point after {@code !}, or 0 if none. */
    public int conversion() {
        return conversion;
    }

    /** The format spec after {@code :} (possibly empty). */
    public String formatSpec() {
        return formatSpec;
    }

    /** The spec contains {@code {...}} fields to render first. */
    public boolean specNeedsExpanding() {
        return specNeedsExpanding;
    }

    /**
     * MarkupIterator_next: reads the next literal and field. Returns false at the end; throws
     * CPython's ValueErrors for a malformed template.
     */
    public boolean next() {
        literal = "";
        hasField = false;
        fieldName = "";
        conversion = 0;
        formatSpec = "";
        specNeedsExpanding = false;
        if (pos >= end) {
            return false;
        }
        int start = pos;
        char c = 0;
        boolean markupFollows = false;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markupFollows = true;
                break;
            }
        }
        boolean atEnd = pos >= end;
        int len = pos - start;
        if (c == '}' && markupFollows && (atEnd || s.charAt(pos) != '}')) {
            throw FormatError.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{' && markupFollows) {
            throw FormatError.valueError("Single '{' encountered in format string");
        }
        if (!atEnd && markupFollows) {
            if (s.charAt(pos) == c) {
                pos++; // an escaped brace: literal text only
                markupFollows = false;
            } else {
                len--;
            }
        }
        literal = s.substring(start, start + len);
        if (!markupFollows) {
            return true;
        }
        hasField = true;
        parseField();
        return true;
    }

    /** parse_field: name up to '!', ':' or '}', then conversion and spec (balanced braces). */
    private void parseField() {
        int nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw FormatError.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        fieldName = s.substring(nameStart, pos - 1 >= nameStart ? pos - 1 : nameStart);
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (pos >= end) {
                    throw FormatError.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < end) {
                    char d = s.charAt(pos++);
                    if (d == '}') {
                        return;
                    }
                    if (d != ':') {
                        throw FormatError.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = pos;
            int count = 1;
            while (pos < end) {
                char d = s.charAt(pos++);
                if (d == '{') {
                    specNeedsExpanding = true;
                    count++;
                } else if (d == '}') {
                    count--;
                    if (count == 0) {
                        formatSpec = s.substring(specStart, pos - 1);
                        return;
                    }
                }
            }
            throw FormatError.valueError("unmatched '{' in format spec");
        } else if (c != '}') {
            throw FormatError.valueError("expected '}' before end of string");
        }
        // A name ended by the end of the text, c being its last character, is caught above.
    }

    /** do_conversion's check: 'r', 's' and 'a' (or none) are known. Returns the conversion. */
    public static int checkConversion(int conversion) {
        switch (conversion) {
            case 0: case 'r': case 's': case 'a':
                return conversion;
            default:
                if (conversion > 32 && conversion < 127) {
                    throw FormatError.valueError("Unknown conversion specifier " + (char) conversion);
                }
                throw FormatError.valueError("Unknown conversion specifier \\x" + Integer.toHexString(conversion));
        }
    }

    /** Manual ({@code {0}}) and automatic ({@code {}}) numbering cannot be mixed in one call. */
    public static final class AutoNumber {
        private int state; // 0 init, 1 auto, 2 manual
        private long next;

        long take(boolean empty) {
            if (state == 0) {
                state = empty ? 1 : 2;
            }
            if (state == 2 && empty) {
                throw FormatError.valueError(
                        "cannot switch from manual field specification to automatic field numbering");
            }
            if (state == 1 && !empty) {
                throw FormatError.valueError(
                        "cannot switch from automatic field numbering to manual field specification");
            }
            return empty ? next++ : -1;
        }
    }
}
