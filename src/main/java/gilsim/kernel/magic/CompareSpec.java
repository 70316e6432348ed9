package gilsim.kernel.magic;

import gilsim.sim.settings.Durations;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.Settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The arguments of {@code %%compare key=v1,v2 ...}: which settings vary, and every combination
 * of their values (the product), each as complete settings derived from the session's.
 *
 * <p>Combinations are listed with the last key varying fastest, like {@code itertools.product}.
 * Within one combination the keys apply in the order they are written, so
 * {@code python=3.11,3.14t gil=off} turns the GIL off after each preset, while
 * {@code gil=off python=3.11,3.14t} lets the presets decide. Values are read by the same parsers as
 * the line magics, so they are checked the same way. The session's settings are never changed.
 *
 * @param keys         the keys in the order written
 * @param values       for each key, its values as canonical labels (e.g. "5ms" becomes "5 ms")
 * @param combinations the settings of each run
 * @param choices      for each combination, key → label of the value it uses, in key order
 */
public record CompareSpec(List<String> keys, List<List<String>> values, List<Settings> combinations,
                          List<Map<String, String>> choices) {

    /** More would make the cell slow and the table unreadable. */
    public static final int MAX_COMBINATIONS = 64;

    /** The keys {@code %%compare} accepts: the settings a learner compares. */
    public static final List<String> KEYS =
            List.of("threads", "cores", "gil", "refcount", "immortal", "python", "switchinterval");

    public CompareSpec {
        keys = List.copyOf(keys);
        values = values.stream().map(List::copyOf).toList();
        combinations = List.copyOf(combinations);
        choices = choices.stream().map(m -> (Map<String, String>) new LinkedHashMap<>(m)).toList();
    }

    /** The keys whose values differ between combinations (those given more than one value). */
    public List<String> varyingKeys() {
        List<String> varying = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) if (values.get(i).size() > 1) varying.add(keys.get(i));
        return varying;
    }

    /**
     * Reads the arguments of {@code %%compare}.
     *
     * @throws MagicException for no keys, an unknown key (close matches listed), a bad or repeated
     *                        value, more than {@link #MAX_COMBINATIONS} combinations, or a
     *                        combination that cannot exist (per-interpreter GIL without immortal objects)
     */
    public static CompareSpec parse(String args, Settings base) throws MagicException {
        Map<String, String> pairs = MagicArgs.keyValues("%%compare", args);
        if (pairs.isEmpty()) {
            throw new MagicException("%%compare needs at least one key=v1,v2 (keys: " + String.join(", ", KEYS)
                    + "), e.g. %%compare gil=on,off");
        }
        List<String> keys = new ArrayList<>();
        List<List<Object>> parsed = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        long count = 1;
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            String key = pair.getKey();
            if (!KEYS.contains(key)) {
                throw new MagicException("%%compare: unknown key '" + key + "'."
                        + CloseMatches.suggestion(key, KEYS, "") + " The keys are: " + String.join(", ", KEYS) + ".");
            }
            List<Object> vs = new ArrayList<>();
            List<String> ls = new ArrayList<>();
            for (String text : pair.getValue().split(",", -1)) {
                if (text.isEmpty()) throw new MagicException("%%compare " + key + "=: a value is empty in '"
                        + pair.getValue() + "'");
                Object value = value(key, text, base);
                String label = label(key, value);
                if (ls.contains(label)) throw new MagicException("%%compare " + key + "=: " + label + " is listed twice");
                vs.add(value);
                ls.add(label);
            }
            keys.add(key);
            parsed.add(vs);
            labels.add(ls);
            count *= vs.size();
        }
        if (count > MAX_COMBINATIONS) {
            throw new MagicException("%%compare: " + labels.stream().map(l -> String.valueOf(l.size()))
                    .collect(Collectors.joining(" × ")) + " = " + count + " combinations, more than the limit of "
                    + MAX_COMBINATIONS + "; compare fewer values at once.");
        }
        List<Settings> combinations = new ArrayList<>();
        List<Map<String, String>> choices = new ArrayList<>();
        int[] index = new int[keys.size()];
        for (int n = 0; n < count; n++) {
            Settings settings = base;
            Map<String, String> choice = new LinkedHashMap<>();
            for (int k = 0; k < keys.size(); k++) {
                choice.put(keys.get(k), labels.get(k).get(index[k]));
            }
            for (int k = 0; k < keys.size(); k++) {
                settings = apply(settings, keys.get(k), parsed.get(k).get(index[k]), choice);
            }
            combinations.add(settings);
            choices.add(choice);
            for (int k = keys.size() - 1; k >= 0; k--) {
                if (++index[k] < parsed.get(k).size()) break;
                index[k] = 0;
            }
        }
        return new CompareSpec(keys, labels, combinations, choices);
    }

    private static Object value(String key, String text, Settings base) throws MagicException {
        String where = "%%compare " + key + "=";
        return switch (key) {
            case "threads" -> MagicArgs.threads(where, text, base.limits());
            case "cores" -> MagicArgs.cores(where, text);
            case "gil" -> MagicArgs.gil(where, text);
            case "refcount" -> MagicArgs.refcount(where, text);
            case "immortal" -> MagicArgs.onOff(where, text);
            case "python" -> MagicArgs.python(where, text);
            default -> MagicArgs.switchInterval(where, text);
        };
    }

    private static String label(String key, Object value) {
        if (value instanceof Boolean on) return on ? "on" : "off";
        if (key.equals("switchinterval")) return Durations.format((Long) value);
        return String.valueOf(value);
    }

    private static Settings apply(Settings s, String key, Object value, Map<String, String> choice)
            throws MagicException {
        try {
            return switch (key) {
                case "threads" -> s.withThreads((Integer) value);
                case "cores" -> s.withCores((Integer) value);
                case "gil" -> s.withGil((GilMode) value);
                case "refcount" -> s.withRefcount((RefcountMode) value);
                case "immortal" -> s.withImmortal((Boolean) value);
                case "python" -> s.withPython((PythonPreset) value);
                default -> s.withSwitchIntervalNs((Long) value);
            };
        } catch (IllegalArgumentException e) {
            String combination = choice.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining(" "));
            throw new MagicException("%%compare: the combination " + combination + " is impossible: "
                    + e.getMessage());
        }
    }
}
