package gilsim.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The inputs of this kernel session, for history_request (tail, range and search, as IPython). */
final class History {
    private static final int SESSION = 1;
    private record Entry(int line, String input) {}

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int line, String input) {
        entries.add(new Entry(line, input));
    }

    synchronized JsonObject reply(JsonObject request) {
        String access = KernelServer.string(request, "hist_access_type", "tail");
        List<Entry> chosen = switch (access) {
            case "range" -> range((int) KernelServer.number(request, "start", 0),
                    (int) KernelServer.number(request, "stop", Integer.MAX_VALUE));
            case "search" -> search(KernelServer.string(request, "pattern", "*"),
                    KernelServer.bool(request, "unique", false),
                    (int) KernelServer.number(request, "n", Integer.MAX_VALUE));
            default -> tail((int) KernelServer.number(request, "n", 10));
        };
        JsonArray history = new JsonArray();
        for (Entry entry : chosen) {
            JsonArray row = new JsonArray();
            row.add(SESSION);
            row.add(entry.line());
            row.add(entry.input());
            history.add(row);
        }
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        content.add("history", history);
        return content;
    }

    private List<Entry> tail(int n) {
        int from = Math.max(0, entries.size() - Math.max(0, n));
        return entries.subList(from, entries.size());
    }

    private List<Entry> range(int start, int stop) {
        return entries.stream().filter(e -> e.line() >= start && e.line() < stop).toList();
    }

    /** IPython's search pattern is a glob: '*' any run, '?' one character. */
    private List<Entry> search(String glob, boolean unique, int n) {
        Pattern pattern = Pattern.compile(globToRegex(glob), Pattern.DOTALL);
        List<Entry> matches = entries.stream().filter(e -> pattern.matcher(e.input()).matches()).toList();
        if (unique) {
            Set<String> seen = new LinkedHashSet<>();
            List<Entry> distinct = new ArrayList<>();
            for (int i = matches.size() - 1; i >= 0; i--) {
                if (seen.add(matches.get(i).input())) distinct.add(0, matches.get(i));
            }
            matches = distinct;
        }
        return matches.subList(Math.max(0, matches.size() - n), matches.size());
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

}
