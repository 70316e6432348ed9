package gilsim.vm;

import java.util.HashMap;
import java.util.Map;

/** Source text by file name, for the source lines of tracebacks (linecache). */
public final class SourceRegistry {
    private final Map<String, String[]> files = new HashMap<>();

    /** Line ends are read as universal newlines (\r\n and \r are \n), as CPython reads files. */
    public void register(String filename, String source) {
        files.put(filename, source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** Line n (1-based) of the file, or null. */
    public String line(String filename, int n) {
        String[] lines = files.get(filename);
        if (lines == null || n < 1 || n > lines.length) return null;
        return lines[n - 1];
    }

    /** Whether line n (1-based) of the file ends with a line end (false for a last line without one). */
    public boolean lineEnded(String filename, int n) {
        String[] lines = files.get(filename);
        return lines != null && n >= 1 && n < lines.length;
    }
}
