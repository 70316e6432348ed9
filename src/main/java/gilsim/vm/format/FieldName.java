package gilsim.vm.format;

/**
 * A replacement field's name, {@code first(.attr|[key])*} (field_name_split and
 * FieldNameIterator in unicode_format.h). The first part is an argument index (decimal digits,
 * or empty for the next automatic number) or a keyword name; the accessors are read one at a
 * time by {@link #nextAccessor}, as CPython reads them while it looks them up.
 */
public final class FieldName {
    private final String s;
    private final String first;
    private final long index;
    private int pos;
    private final int end;

    private boolean attribute;
    private String key;
    private long itemIndex;

    private FieldName(String s, String first, long index, int pos) {
        this.s = s;
        this.first = first;
        this.index = index;
        this.pos = pos;
        this.end = s.length();
    }

    /**
     * Splits a field name; {@code numbering} (null when parsing outside a format call) numbers
     * empty names and rejects mixing {@code {}} with {@code {0}}.
     */
    public static FieldName split(String name, FormatTemplate.AutoNumber numbering) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        long index = integer(first);
        boolean empty = first.isEmpty();
        if (numbering != null && (empty || index != -1)) {
            long auto = numbering.take(empty);
            if (empty) {
                index = auto;
            }
        }
        return new FieldName(name, first, index, i);
    }

    /** Whether the first part selects a positional argument. */
    public boolean isIndex() {
        return index >= 0;
    }

    /** The positional argument's index. */
    public long index() {
        return index;
    }

    /** The keyword argument's name (the first part as written). */
    public String name() {
        return first;
    }

    /**
     * Reads the next accessor; false at the end. Errors: "Only '.' or '[' may follow ']' in
     * format field specifier", "Empty attribute in format string", "Missing ']' in format string".
     */
    public boolean nextAccessor() {
        if (pos >= end) {
            return false;
        }
        char c = s.charAt(pos++);
        int start = pos;
        if (c == '.') {
            attribute = true;
            while (pos < end && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                pos++;
            }
            key = s.substring(start, pos);
            itemIndex = -1;
        } else if (c == '[') {
            attribute = false;
            while (pos < end && s.charAt(pos) != ']') {
                pos++;
            }
            if (pos >= end) {
                throw FormatError.valueError("Missing ']' in format string");
            }
            key = s.substring(start, pos);
            pos++; // the ']'
            itemIndex = integer(key);
        } else {
            throw FormatError.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (key.isEmpty()) {
            throw FormatError.valueError("Empty attribute in format string");
        }
        return true;
    }

    /** The current accessor is {@code .name} (else {@code [key]}). */
    public boolean isAttribute() {
        return attribute;
    }

    /** The attribute name or item key as written. */
    public String key() {
        return key;
    }

    /** For {@code [key]}: the key as an int index if it is all digits, else -1 (use {@link #key()} as a str). */
    public long itemIndex() {
        return itemIndex;
    }

    /** get_integer: the value of a string of decimal digits (any script), -1 if it is not one. */
    private static long integer(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int d = UnicodeTables.decimalValue(cp);
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }
}
