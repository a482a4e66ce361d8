package kiosk.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through its DevTools protocol, for tests where a reader types and clicks:
 * keys and mouse events go in as the browser's own input ({@code Input.*}), and the page is read through
 * the DOM and CSS domains, which need no script in the page. Scripts may be turned off
 * ({@code Emulation.setScriptExecutionDisabled}) to test what works without them.
 */
final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevTools(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium on a blank page and connects to that page. */
    static DevTools start(Path chromium) throws Exception {
        Path profile = Files.createTempDirectory("kiosk-devtools-");
        Path log = profile.resolve("chromium.log");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1280,1600",
                "--user-data-dir=" + profile.resolve("profile"), "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String browser = null;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (browser == null && System.nanoTime() < deadline && process.isAlive()) {
            Matcher matcher = LISTENING.matcher(Files.exists(log) ? Files.readString(log) : "");
            browser = matcher.find() ? matcher.group(1) : null;
            Thread.sleep(50);
        }
        if (browser == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not open its DevTools port: " + Files.readString(log));
        }
        URI endpoint = URI.create(browser.replace("ws://", "http://"));
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(endpoint.resolve("/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String page = null;
        for (JsonNode target : targets) {
            if ("page".equals(target.path("type").asText())) {
                page = target.get("webSocketDebuggerUrl").asText();
            }
        }
        DevTools[] holder = new DevTools[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    holder[0].receive(text.toString());
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        holder[0] = new DevTools(process, profile, socket);
        holder[0].call("Page.enable", Map.of());
        holder[0].call("DOM.enable", Map.of());
        holder[0].call("CSS.enable", Map.of());
        return holder[0];
    }

    private void receive(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if (node.has("id")) {
                CompletableFuture<JsonNode> call = pending.remove(node.get("id").asInt());
                if (call != null) {
                    call.complete(node);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls a DevTools method and returns its result. */
    JsonNode call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode request = JSON.createObjectNode().put("id", id).put("method", method);
        request.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(request), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    void scripts(boolean enabled) throws Exception {
        call("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Opens {@code url} and waits until the new document has loaded. */
    void open(String url) throws Exception {
        String before = documentUrl();
        call("Page.navigate", Map.of("url", url));
        await(() -> !url.equals(before) && url.equals(documentUrl()) || url.equals(before), "the page at " + url);
        Thread.sleep(300);
    }

    String documentUrl() {
        try {
            return call("DOM.getDocument", Map.of("depth", 0)).at("/root/documentURL").asText();
        } catch (Exception e) {
            return "";
        }
    }

    /** The node of a CSS selector in the current document, or 0 for none. */
    int node(String selector) throws Exception {
        int root = call("DOM.getDocument", Map.of("depth", 0)).at("/root/nodeId").asInt();
        return call("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).path("nodeId").asInt();
    }

    /** Clicks the middle of the element, as a mouse does. */
    void click(String selector) throws Exception {
        int node = node(selector);
        call("DOM.scrollIntoViewIfNeeded", Map.of("nodeId", node));
        JsonNode quad = call("DOM.getBoxModel", Map.of("nodeId", node)).at("/model/content");
        double x = (quad.get(0).asDouble() + quad.get(4).asDouble()) / 2;
        double y = (quad.get(1).asDouble() + quad.get(5).asDouble()) / 2;
        for (String type : List.of("mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left", "clickCount", 1));
        }
    }

    /** Clicks into a field and types {@code text}. */
    void type(String selector, String text) throws Exception {
        click(selector);
        call("Input.insertText", Map.of("text", text));
    }

    /** Presses Enter: in a form's field, it submits the form. */
    void pressEnter() throws Exception {
        for (String type : List.of("keyDown", "keyUp")) {
            call("Input.dispatchKeyEvent", Map.of("type", type, "key", "Enter", "code", "Enter",
                    "windowsVirtualKeyCode", 13, "text", "\r"));
        }
    }

    /** The text of the element, read from the DOM. */
    String text(String selector) throws Exception {
        int node = node(selector);
        return node == 0 ? "" : org.jsoup.Jsoup.parse(call("DOM.getOuterHTML", Map.of("nodeId", node))
                .get("outerHTML").asText()).text();
    }

    /** The text of the element, or "" also while the page is between two documents (a navigation or reload). */
    String textWhileLoading(String selector) {
        try {
            return text(selector);
        } catch (Exception e) {
            return "";
        }
    }

    /** A computed style, or "" also while the page is between two documents (its nodes are then gone). */
    String styleWhileLoading(String selector, String property) {
        try {
            return style(selector, property);
        } catch (Exception e) {
            return "";
        }
    }

    /** A computed style of the element, such as {@code display}. */
    String style(String selector, String property) throws Exception {
        for (JsonNode style : call("CSS.getComputedStyleForNode", Map.of("nodeId", node(selector))).get("computedStyle")) {
            if (style.get("name").asText().equals(property)) {
                return style.get("value").asText();
            }
        }
        return "";
    }

    /** Saves a screenshot of the viewport. */
    void screenshot(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, java.util.Base64.getDecoder().decode(
                call("Page.captureScreenshot", Map.of("format", "png")).get("data").asText()));
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + TIMEOUT.toSeconds() + " s for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        try (Stream<Path> walk = Files.walk(profile)) {
            List<Path> paths = new ArrayList<>(walk.sorted(java.util.Comparator.reverseOrder()).toList());
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // Chromium may still be writing its profile; the temp folder is cleaned by the system
        }
    }

}
