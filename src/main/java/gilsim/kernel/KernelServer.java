package gilsim.kernel;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import gilsim.kernel.transport.Channel;
import gilsim.kernel.transport.KernelTransport;
import gilsim.kernel.transport.WireMessage;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The Jupyter protocol side of the kernel: turns requests from the transport into calls on
 * {@link GilSimKernel} and its answers into replies and IOPub messages (ipykernel's
 * kernelbase.py plays this role). Every request is wrapped in busy/idle status messages.
 *
 * Shell requests run on the shell thread, one at a time; control requests (interrupt,
 * shutdown, kernel_info) run on the control thread, so an interrupt reaches a running cell.
 */
public final class KernelServer {
    static final String PROTOCOL_VERSION = "5.3";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final KernelTransport transport;
    private final GilSimKernel kernel;
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final History history = new History();
    private int executionCount = 0;

    public KernelServer(KernelTransport transport, GilSimKernel kernel) {
        this.transport = transport;
        this.kernel = kernel;
    }

    public void start() {
        transport.bind();
        transport.serve(Channel.SHELL, this::handle);
        transport.serve(Channel.CONTROL, this::handle);
        publishStatus(null, "starting");
        // Load the parser's classes while the client connects: the first cell then parses fast.
        Thread warm = new Thread(gilsim.lang.Parser::warmUp, "gilsim-warmup");
        warm.setDaemon(true);
        warm.start();
        Log.info("kernel started, session " + transport.sessionId());
    }

    public void awaitShutdown() throws InterruptedException {
        shutdown.await();
        transport.close();
    }

    private void handle(Channel channel, WireMessage request) {
        String type = request.msgType();
        if (type == null) return;
        switch (type) {
            case "comm_open" -> { busy(request); refuseComm(request); idle(request); }
            case "comm_msg", "comm_close" -> { busy(request); idle(request); }
            default -> {
                if (!type.endsWith("_request")) {
                    Log.debug("ignored message of type " + type);
                    return;
                }
                busy(request);
                try {
                    answer(channel, request, type);
                } finally {
                    idle(request);
                }
            }
        }
    }

    private void answer(Channel channel, WireMessage request, String type) {
        switch (type) {
            case "kernel_info_request" -> reply(channel, request, "kernel_info_reply", kernelInfo());
            case "execute_request" -> execute(channel, request);
            case "complete_request" -> reply(channel, request, "complete_reply", complete(request.content()));
            case "inspect_request" -> reply(channel, request, "inspect_reply", inspect(request.content()));
            case "is_complete_request" -> reply(channel, request, "is_complete_reply", isComplete(request.content()));
            case "history_request" -> reply(channel, request, "history_reply", history.reply(request.content()));
            case "comm_info_request" -> {
                JsonObject content = ok();
                content.add("comms", new JsonObject());
                reply(channel, request, "comm_info_reply", content);
            }
            case "interrupt_request" -> {
                kernel.interrupt();
                reply(channel, request, "interrupt_reply", ok());
            }
            case "shutdown_request" -> shutdown(channel, request);
            default -> {
                // The spec allows silence for unknown requests; an error reply tells the client more.
                JsonObject content = new JsonObject();
                content.addProperty("status", "error");
                content.addProperty("ename", "NotImplementedError");
                content.addProperty("evalue", "gilsim does not handle " + type);
                content.add("traceback", new JsonArray());
                reply(channel, request, type.replace("_request", "_reply"), content);
            }
        }
    }

    // ---- execute ----

    private void execute(Channel channel, WireMessage request) {
        JsonObject content = request.content();
        String code = string(content, "code", "");
        boolean silent = bool(content, "silent", false);
        boolean storeHistory = bool(content, "store_history", !silent);
        boolean stopOnError = bool(content, "stop_on_error", true);

        if (!silent && storeHistory) executionCount++;
        int count = executionCount;
        if (!silent) {
            JsonObject input = new JsonObject();
            input.addProperty("code", code);
            input.addProperty("execution_count", count);
            transport.publish(request, "execute_input", input);
        }
        if (storeHistory) history.add(count, code);

        OutputChannel out = silent ? OutputChannel.DISCARD : new IOPubOutput(request);
        ExecutionOutcome outcome;
        try {
            outcome = kernel.execute(code, count, out);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A kernel bug must not take the kernel down: report it as an internal error.
            Log.error("internal error while executing a cell", e);
            outcome = ExecutionOutcome.failed(ErrorFormatter.internal(e), List.of());
        }

        JsonObject reply = new JsonObject();
        if (outcome.isError()) {
            KernelError error = outcome.error();
            if (!silent) transport.publish(request, "error", errorContent(error));
            reply.addProperty("status", "error");
            reply.addProperty("execution_count", count);
            reply.addProperty("ename", error.ename());
            reply.addProperty("evalue", error.evalue());
            reply.add("traceback", strings(error.traceback()));
        } else {
            if (outcome.result() != null && !silent) {
                JsonObject result = displayContent(outcome.result());
                result.addProperty("execution_count", count);
                transport.publish(request, "execute_result", result);
            }
            reply.addProperty("status", "ok");
            reply.addProperty("execution_count", count);
            reply.add("user_expressions", new JsonObject());
        }
        JsonArray payload = new JsonArray();
        outcome.payloads().forEach(payload::add);
        reply.add("payload", payload);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("status", reply.get("status").getAsString());
        transport.reply(channel, request, "execute_reply", reply, metadata);

        if (outcome.isError() && stopOnError) abortQueued(channel);
    }

    /**
     * After a failed cell, execute requests that were already waiting are answered "aborted",
     * as ipykernel does: this is how "Run All" stops at the first error and how nbclient honours
     * the raises-exception tag (which sends stop_on_error false). Other waiting requests are
     * answered normally.
     */
    private void abortQueued(Channel channel) {
        for (WireMessage waiting : transport.drainPending(channel)) {
            if ("execute_request".equals(waiting.msgType())) {
                busy(waiting);
                JsonObject reply = new JsonObject();
                reply.addProperty("status", "aborted");
                reply.addProperty("execution_count", executionCount);
                JsonObject metadata = new JsonObject();
                metadata.addProperty("status", "aborted");
                transport.reply(channel, waiting, "execute_reply", reply, metadata);
                idle(waiting);
            } else {
                handle(channel, waiting);
            }
        }
    }

    /** Streams and displays of the running cell, sent to IOPub as they happen. */
    private final class IOPubOutput implements OutputChannel {
        private final WireMessage parent;

        IOPubOutput(WireMessage parent) { this.parent = parent; }

        @Override public void stream(String name, String text) {
            if (text.isEmpty()) return;
            JsonObject content = new JsonObject();
            content.addProperty("name", name);
            content.addProperty("text", text);
            transport.publish(parent, "stream", content);
        }

        @Override public void display(DisplayData data) {
            transport.publish(parent, "display_data", displayContent(data));
        }

        @Override public void updateDisplay(DisplayData data) {
            transport.publish(parent, "update_display_data", displayContent(data));
        }
    }

    // ---- other requests ----

    private JsonObject kernelInfo() {
        LanguageInfo language = kernel.getLanguageInfo();
        JsonObject languageInfo = new JsonObject();
        languageInfo.addProperty("name", language.getName());
        languageInfo.addProperty("version", language.getVersion());
        languageInfo.addProperty("mimetype", language.getMimetype());
        languageInfo.addProperty("file_extension", language.getFileExtension());
        languageInfo.addProperty("pygments_lexer", language.getPygmentsLexer());
        languageInfo.add("codemirror_mode", GSON.toJsonTree(language.getCodemirrorMode()));
        languageInfo.addProperty("nbconvert_exporter", language.getNbconvertExporter());

        JsonObject content = ok();
        content.addProperty("protocol_version", PROTOCOL_VERSION);
        content.addProperty("implementation", "gilsim");
        content.addProperty("implementation_version", GilSimKernel.VERSION);
        content.add("language_info", languageInfo);
        content.addProperty("banner", kernel.getBanner());
        JsonArray links = new JsonArray();
        for (LanguageInfo.Help help : kernel.getHelpLinks()) {
            JsonObject link = new JsonObject();
            link.addProperty("text", help.getText());
            link.addProperty("url", help.getUrl());
            links.add(link);
        }
        content.add("help_links", links);
        content.addProperty("debugger", false);
        return content;
    }

    private JsonObject complete(JsonObject request) {
        String code = string(request, "code", "");
        int cursor = (int) number(request, "cursor_pos", code.codePointCount(0, code.length()));
        ReplacementOptions options = kernel.complete(code, cursor);
        JsonObject content = ok();
        content.add("matches", strings(options.getReplacements()));
        content.addProperty("cursor_start", options.getSourceStart());
        content.addProperty("cursor_end", options.getSourceEnd());
        content.add("metadata", new JsonObject());
        return content;
    }

    private JsonObject inspect(JsonObject request) {
        String code = string(request, "code", "");
        int cursor = (int) number(request, "cursor_pos", code.codePointCount(0, code.length()));
        int detail = (int) number(request, "detail_level", 0);
        DisplayData found = kernel.inspect(code, cursor, detail > 0);
        JsonObject content = ok();
        content.addProperty("found", found != null);
        JsonObject shown = found == null ? new JsonObject() : displayContent(found);
        content.add("data", shown.has("data") ? shown.get("data") : new JsonObject());
        content.add("metadata", shown.has("metadata") ? shown.get("metadata") : new JsonObject());
        return content;
    }

    private JsonObject isComplete(JsonObject request) {
        String verdict = kernel.isComplete(string(request, "code", ""));
        JsonObject content = new JsonObject();
        switch (verdict) {
            case "complete", "invalid", "unknown" -> content.addProperty("status", verdict);
            default -> {
                content.addProperty("status", "incomplete");
                content.addProperty("indent", verdict);
            }
        }
        return content;
    }

    private void shutdown(Channel channel, WireMessage request) {
        boolean restart = bool(request.content(), "restart", false);
        kernel.interrupt();
        JsonObject content = ok();
        content.addProperty("restart", restart);
        reply(channel, request, "shutdown_reply", content);
        kernel.onShutdown(restart);
        shutdown.countDown();
    }

    private void refuseComm(WireMessage request) {
        // No comm targets: close it at once, as ipykernel does for an unknown target.
        JsonObject content = new JsonObject();
        content.add("comm_id", request.content().get("comm_id"));
        content.add("data", new JsonObject());
        transport.publish(request, "comm_close", content);
    }

    // ---- helpers ----

    private void reply(Channel channel, WireMessage request, String type, JsonObject content) {
        transport.reply(channel, request, type, content);
    }

    private void busy(WireMessage request) { publishStatus(request, "busy"); }

    private void idle(WireMessage request) { publishStatus(request, "idle"); }

    private void publishStatus(WireMessage parent, String state) {
        JsonObject content = new JsonObject();
        content.addProperty("execution_state", state);
        transport.publish(parent, "status", content);
    }

    static JsonObject displayContent(DisplayData data) {
        JsonObject tree = GSON.toJsonTree(data).getAsJsonObject();
        JsonObject content = new JsonObject();
        content.add("data", tree.has("data") ? tree.get("data") : new JsonObject());
        content.add("metadata", tree.has("metadata") ? tree.get("metadata") : new JsonObject());
        JsonElement transientData = tree.get("transient");
        content.add("transient", transientData == null || transientData.isJsonNull() ? new JsonObject() : transientData);
        return content;
    }

    private static JsonObject errorContent(KernelError error) {
        JsonObject content = new JsonObject();
        content.addProperty("ename", error.ename());
        content.addProperty("evalue", error.evalue());
        content.add("traceback", strings(error.traceback()));
        return content;
    }

    private static JsonObject ok() {
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        return content;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(value -> array.add(new JsonPrimitive(value)));
        return array;
    }

    static String string(JsonObject object, String key, String fallback) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : fallback;
    }

    static boolean bool(JsonObject object, String key, boolean fallback) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                ? value.getAsBoolean() : fallback;
    }

    static long number(JsonObject object, String key, long fallback) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                ? value.getAsLong() : fallback;
    }
}
