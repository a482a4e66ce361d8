package kiosk.api.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@code GET /graphiql/assets/<file>}: GraphiQL's scripts and stylesheet from the jar, read on first
 * request and kept. Jetty's resource handler would serve them too, but it mounts the whole jar as a file
 * system when the server starts (reading its 40,000 entries), a third of what {@code serve} does before
 * it answers.
 */
final class GraphiQlAssets {

    static final String PATH = "/graphiql/assets/";
    private static final String FOLDER = "graphiql/assets/";
    /** A file name, never a path: nothing outside the assets folder can be asked for. */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)+");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "txt", "text/plain; charset=utf-8");

    private record Asset(byte[] bytes, String type, String tag) {
    }

    /** The assets asked for so far, by name; only files that exist are kept, so it stays as small as the folder. */
    private final Map<String, Asset> read = new ConcurrentHashMap<>();

    void handle(Context ctx) {
        String name = ctx.pathParam("file");
        Asset asset = read.get(name);
        if (asset == null) {
            asset = load(name).orElseThrow(NotFoundResponse::new);
            read.putIfAbsent(name, asset);
        }
        ctx.header("ETag", asset.tag()).header("Cache-Control", "no-cache");
        if (EntityTags.matches(ctx.header("If-None-Match"), asset.tag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.type()).result(asset.bytes());
    }

    private static Optional<Asset> load(String name) {
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try (InputStream in = GraphiQlAssets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new Asset(bytes, type, EntityTags.of(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
