package kiosk.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A static host for a baked site on a free loopback port, as any static host behaves: folders serve
 * {@code index.html}, unknown paths get {@code 404.html} with status 404. It records those paths, so a
 * test sees every resource a browser asked for in vain. (The JDK's SimpleFileServer needs Java 18.)
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "jpg", "image/jpeg", "png", "image/png", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8");

    private final SiteFiles site;
    private final HttpServer server;
    private final List<String> notFound = Collections.synchronizedList(new ArrayList<>());

    public StaticServer(Path root) {
        this.site = new SiteFiles(root);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    public String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + sitePath;
    }

    /** Paths requested that have no file, in request order. */
    public List<String> notFound() {
        return List.copyOf(notFound);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Path file = site.fileFor(path).orElse(null);
        int status = 200;
        if (file == null) {
            notFound.add(path);
            file = site.root().resolve("404.html");
            status = 404;
        }
        String name = file.getFileName().toString();
        exchange.getResponseHeaders().set("Content-Type",
                TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
        byte[] body = Files.readAllBytes(file);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
