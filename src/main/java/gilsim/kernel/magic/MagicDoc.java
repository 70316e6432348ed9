package gilsim.kernel.magic;

/**
 * The help of one magic ({@code %help gil}, {@code %gil?}).
 *
 * @param name         with its prefix: "%gil", "%%compare"
 * @param summary      one line: what it does
 * @param syntax       how to write it
 * @param values       the values it takes
 * @param defaultValue the default, or what it does alone
 * @param models       which CPython behaviour it models, citing FACTS.md briefly
 * @param planned      true for magics that are announced but not available yet
 */
record MagicDoc(String name, String summary, String syntax, String values, String defaultValue, String models,
                boolean planned) {

    /** The full help text, as the pager shows it. */
    String render() {
        StringBuilder out = new StringBuilder(name).append(" — ").append(summary).append('\n');
        if (planned) out.append("\nPLANNED: not available yet; a later version adds it.\n");
        section(out, "Syntax", syntax);
        section(out, "Values", values);
        section(out, "Default", defaultValue);
        section(out, "Models", models);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, String text) {
        if (text.isEmpty()) return;
        out.append('\n').append(title).append(":\n");
        for (String line : text.split("\n")) out.append("  ").append(line).append('\n');
    }
}
