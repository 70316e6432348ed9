package gilsim.kernel.magic;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The cell magics ({@code %%name} on a cell's first line). */
public enum CellMagicKind {
    /** {@code %%compare key=v1,v2 ...}: parse its arguments with {@link CompareSpec#parse}. */
    COMPARE("compare", false),
    /** {@code %%python [timeout=S]}: parse its arguments with {@link PythonCellSpec#parse}. */
    PYTHON("python", false),
    /** {@code %%steps}: planned; the kernel shows {@link #plannedMessage()} and does not run the body. */
    STEPS("steps", true);

    private final String name;
    private final boolean planned;

    CellMagicKind(String name, boolean planned) {
        this.name = name;
        this.planned = planned;
    }

    /** The name without {@code %%}. */
    public String magicName() { return name; }

    /** Whether the magic is announced but not available yet (DESIGN.md §5). */
    public boolean planned() { return planned; }

    /** What to tell a user who runs a planned cell magic. */
    public String plannedMessage() {
        return "%%" + name + " is planned for a later version and is not available yet; the cell was not run."
                + " %help %%" + name + " says what it will do.";
    }

    static Optional<CellMagicKind> fromName(String name) {
        return Arrays.stream(values()).filter(k -> k.name.equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(CellMagicKind::magicName).toList();
    }
}
