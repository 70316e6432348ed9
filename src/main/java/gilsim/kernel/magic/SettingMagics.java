package gilsim.kernel.magic;

import gilsim.render.SettingsView;
import gilsim.sim.settings.CostModel;
import gilsim.sim.settings.Durations;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Limits;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.ReportLevel;
import gilsim.sim.settings.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The line magics that change a setting. Each is silent on success, except where the change
 * deserves a word (a preset's one-line summary, immortality turned on by a per-interpreter GIL, a
 * switch interval the legacy GIL ignores). Alone, each shows the current value.
 */
final class SettingMagics {
    private SettingMagics() {}

    static MagicOutcome threads(Settings s, String args) throws MagicException {
        if (args.isEmpty()) return current(s, "threads", String.valueOf(s.threads()), "1 to " + s.limits().threads(), "1");
        return MagicOutcome.silent(s.withThreads(MagicArgs.threads("%threads", one("%threads", args), s.limits())));
    }

    static MagicOutcome cores(Settings s, String args) throws MagicException {
        if (args.isEmpty()) return current(s, "cores", String.valueOf(s.cores()), "1 to " + Settings.MAX_CORES, "4");
        return MagicOutcome.silent(s.withCores(MagicArgs.cores("%cores", one("%cores", args))));
    }

    static MagicOutcome gil(Settings s, String args) throws MagicException {
        if (args.isEmpty()) return current(s, "gil", s.gil().label(), String.join(", ", GilMode.labels()), "on");
        Settings next = s.withGil(MagicArgs.gil("%gil", one("%gil", args)));
        if (next.immortal() && !s.immortal()) {
            return MagicOutcome.showing(next, MagicOutputs.text("%gil per-interpreter turned %immortal on:"
                    + " a per-interpreter GIL needs immortal objects (PEP 684 depends on PEP 683)."));
        }
        return MagicOutcome.silent(next);
    }

    static MagicOutcome refcount(Settings s, String args) throws MagicException {
        if (args.isEmpty()) {
            return current(s, "refcount", s.refcount().label(), String.join(", ", RefcountMode.labels()), "plain");
        }
        return MagicOutcome.silent(s.withRefcount(MagicArgs.refcount("%refcount", one("%refcount", args))));
    }

    static MagicOutcome immortal(Settings s, String args) throws MagicException {
        if (args.isEmpty()) return current(s, "immortal", s.immortal() ? "on" : "off", "on, off", "off");
        boolean on = MagicArgs.onOff("%immortal", one("%immortal", args));
        if (!on && s.gil() == GilMode.PER_INTERPRETER) {
            throw new MagicException("%immortal off: " + Settings.PER_INTERPRETER_NEEDS_IMMORTAL);
        }
        return MagicOutcome.silent(s.withImmortal(on));
    }

    /** With a version: the preset and its one-line summary. Alone: the preset's settings, changes marked. */
    static MagicOutcome python(Settings s, String args) throws MagicException {
        if (args.isEmpty()) {
            return MagicOutcome.showing(s, MagicOutputs.textAndHtml(SettingsView.presetText(s), SettingsView.presetHtml(s)));
        }
        PythonPreset preset = MagicArgs.python("%python", one("%python", args));
        return MagicOutcome.showing(s.withPython(preset), MagicOutputs.text(presetSummary(preset)));
    }

    static String presetSummary(PythonPreset p) {
        return "Python " + p.label() + " preset: gil " + p.gil().label() + ", refcount " + p.refcount().label()
                + ", immortal " + (p.immortal() ? "on" : "off")
                + (p.deferred().label().equals("none") ? "" : ", deferred " + p.deferred().label())
                + (p.gil() == GilMode.LEGACY ? ", check interval " + Settings.CHECK_INTERVAL + " ticks"
                : ", switch interval " + Durations.format(p.switchIntervalNs())) + ".";
    }

    static MagicOutcome switchInterval(Settings s, String args) throws MagicException {
        if (args.isEmpty()) {
            return current(s, "switchinterval", Durations.formatSeconds(s.switchIntervalNs()) + " ("
                    + Durations.format(s.switchIntervalNs()) + ")", "1 µs to 60 s", "0.005");
        }
        long ns = MagicArgs.switchInterval("%switchinterval", String.join("", args.split("\\s+")));
        Settings next = s.withSwitchIntervalNs(ns);
        if (s.gil() == GilMode.LEGACY) {
            return MagicOutcome.showing(next, MagicOutputs.text("Switch interval set to " + Durations.format(ns)
                    + "; the legacy GIL does not use it (it switches every " + Settings.CHECK_INTERVAL
                    + " instructions, as Python 2 did)."));
        }
        return MagicOutcome.silent(next);
    }

    static MagicOutcome seed(Settings s, String args) throws MagicException {
        if (args.isEmpty()) return current(s, "seed", String.valueOf(s.seed()), "a whole number from 0", "0");
        return MagicOutcome.silent(s.withSeed(MagicArgs.seed("%seed", one("%seed", args))));
    }

    static MagicOutcome timeline(Settings s, String args) throws MagicException {
        if (args.isEmpty()) return current(s, "timeline", s.timeline() ? "on" : "off", "on, off", "on");
        return MagicOutcome.silent(s.withTimeline(MagicArgs.onOff("%timeline", one("%timeline", args))));
    }

    static MagicOutcome report(Settings s, String args) throws MagicException {
        if (args.isEmpty()) {
            return current(s, "report", s.report().label(), String.join(", ", ReportLevel.labels()), "full");
        }
        return MagicOutcome.silent(s.withReport(MagicArgs.report("%report", one("%report", args))));
    }

    static MagicOutcome cost(Settings s, String args) throws MagicException {
        if (args.isEmpty()) {
            return MagicOutcome.showing(s, MagicOutputs.textAndHtml(SettingsView.costsText(s.costs()),
                    SettingsView.costsHtml(s.costs())));
        }
        if (args.equals("reset")) return MagicOutcome.silent(s.withCosts(CostModel.defaults()));
        CostModel costs = s.costs();
        for (Map.Entry<String, String> pair : MagicArgs.keyValues("%cost", args).entrySet()) {
            known("%cost", "cost", pair.getKey(), CostModel.names());
            CostModel before = costs;
            costs = checked("%cost", () -> before.with(pair.getKey(), pair.getValue()));
        }
        return MagicOutcome.silent(s.withCosts(costs));
    }

    static MagicOutcome limit(Settings s, String args) throws MagicException {
        if (args.isEmpty()) {
            return MagicOutcome.showing(s, MagicOutputs.textAndHtml(SettingsView.limitsText(s.limits()),
                    SettingsView.limitsHtml(s.limits())));
        }
        Limits limits = s.limits();
        if (args.equals("reset")) {
            limits = Limits.defaults();
        } else {
            for (Map.Entry<String, String> pair : MagicArgs.keyValues("%limit", args).entrySet()) {
                known("%limit", "limit", pair.getKey(), Limits.keys());
                Limits before = limits;
                limits = checked("%limit", () -> before.with(pair.getKey(), pair.getValue()));
            }
        }
        Limits after = limits;
        return MagicOutcome.silent(checked("%limit", () -> s.withLimits(after)));
    }

    /** {@code %watch a b} adds names, {@code %watch off} clears, {@code %watch} alone lists. */
    static MagicOutcome watch(Settings s, String args) throws MagicException {
        if (args.isEmpty()) {
            return MagicOutcome.showing(s, MagicOutputs.text(s.watch().isEmpty()
                    ? "Watching nothing. %watch NAME ... adds names."
                    : "Watching: " + String.join(" ", s.watch())));
        }
        if (args.equals("off")) return MagicOutcome.silent(s.withWatch(List.of()));
        List<String> names = new ArrayList<>(s.watch());
        for (String name : args.split("[\\s,]+")) {
            if (!name.isEmpty() && !names.contains(name)) names.add(name);
        }
        return MagicOutcome.silent(checked("%watch", () -> s.withWatch(names)));
    }

    private static void known(String where, String what, String key, List<String> keys) throws MagicException {
        if (keys.contains(key)) return;
        throw new MagicException(where + ": unknown " + what + " '" + key + "'."
                + CloseMatches.suggestion(key, keys, "") + " The " + what + "s are: " + String.join(", ", keys) + ".");
    }

    /** Runs a change that the settings value objects validate, reporting their refusal as a usage error. */
    static <T> T checked(String where, Supplier<T> change) throws MagicException {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new MagicException(where + ": " + e.getMessage());
        }
    }

    /** The only argument, or a usage error naming the magic. */
    static String one(String where, String args) throws MagicException {
        String[] words = args.trim().split("\\s+");
        if (words.length != 1) throw new MagicException(where + " takes one value, got '" + args.trim() + "'.");
        return words[0];
    }

    private static MagicOutcome current(Settings s, String name, String value, String allowed, String dflt) {
        return MagicOutcome.showing(s, MagicOutputs.text(name + ": " + value + "   (values: " + allowed
                + "; default " + dflt + ")"));
    }
}
