package gilsim.kernel.magic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import gilsim.render.SettingsView;
import gilsim.sim.settings.Settings;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.Collection;
import java.util.Map;

/** The display bundles magics answer with. */
final class MagicOutputs {
    /** Not plain application/json: JupyterLab would prefer its JSON viewer over the HTML (DESIGN.md §6). */
    static final String SETTINGS_MIME = "application/vnd.gilsim.settings+json";

    private MagicOutputs() {}

    static DisplayData text(String text) {
        return new DisplayData(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }

    static DisplayData textAndHtml(String text, String html) {
        DisplayData data = text(text);
        data.putHTML(html);
        return data;
    }

    /** {@code %config}: text, HTML and the settings as a JSON object (not a string). */
    static DisplayData config(Settings settings) {
        DisplayData data = textAndHtml(SettingsView.configText(settings), SettingsView.configHtml(settings));
        data.putData(SETTINGS_MIME, toJson(settings.toConfigMap()));
        return data;
    }

    /** Plain data (maps, lists, numbers, strings, booleans, null) as a gson tree. */
    static JsonElement toJson(Object value) {
        if (value == null) return JsonNull.INSTANCE;
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
            return object;
        }
        if (value instanceof Collection<?> items) {
            JsonArray array = new JsonArray();
            items.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Number number) return new JsonPrimitive(number);
        if (value instanceof Boolean bool) return new JsonPrimitive(bool);
        return new JsonPrimitive(String.valueOf(value));
    }

    static JsonObject toJson(Map<String, Object> map) {
        return (JsonObject) toJson((Object) map);
    }
}
