package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.content.Content;
import kiosk.content.load.ContentLoader;
import kiosk.site.bake.PreviewSite;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.SampleContent;

/** A real {@link KioskServer} on a free port, and an HTTP client for it. */
public final class TestServer implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer sample;

    private final KioskServer server;
    /** HTTP/1.1 as the server speaks: the JDK's default HTTP/2 offers an h2c upgrade on every new connection. */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestServer(KioskServer server) {
        this.server = server;
    }

    /**
     * One server on the sample magazine ({@link SampleContent#catalog()}), shared by the test classes
     * of a JVM, which only read from it; it stops when the JVM exits.
     */
    public static synchronized TestServer sample() {
        if (sample == null) {
            sample = start(SampleContent.catalog());
            Runtime.getRuntime().addShutdownHook(new Thread(sample::close, "sample-server-stop"));
        }
        return sample;
    }

    public static TestServer start(Catalog catalog) {
        return start(catalog, ServerOptions.defaults(0));
    }

    public static TestServer start(Catalog catalog, ServerOptions options) {
        return new TestServer(KioskServer.create(new CatalogHolder(catalog), options).start());
    }

    /**
     * A server on the content of {@code contentFolder} with a preview for {@code token} (the work tree's
     * content, and {@code refs}), its site baked into {@code out} from the sample site's templates.
     */
    public static TestServer withPreview(Path contentFolder, Path out, PreviewToken token, ContentRefs refs) {
        Content content = ContentLoader.load(contentFolder).content();
        Catalog published = new CatalogBuilder().published(content, Instant.now());
        SiteBaker baker = new SiteBaker(Path.of("site"), contentFolder.resolve("media"), out);
        baker.bake(published);
        return start(published, ServerOptions.defaults(0).withSiteFolder(out).withPreview(new Preview(token,
                new CatalogHolder(new CatalogBuilder().preview(content, Instant.now())), new PreviewSite(baker)::file,
                refs)));
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + server.port() + pathAndQuery);
    }

    /** Sends {@code request} built on {@code path}; the body is read as UTF-8 text. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** POSTs {@code body} to /graphql as JSON. */
    public HttpResponse<String> post(String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** POSTs a GraphQL request and returns the whole answer ({@code data} and {@code errors}), checking it came with 200. */
    public JsonNode graphQl(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpResponse<String> response = post(json(body), "Accept", "application/json");
        assertEquals(200, response.statusCode(), response::body);
        return tree(response.body());
    }

    public JsonNode graphQl(String query) {
        return graphQl(query, Map.of());
    }

    /** The {@code data} of an answer that must have no errors. */
    public JsonNode data(String query, Map<String, Object> variables) {
        JsonNode answer = graphQl(query, variables);
        assertEquals(null, answer.get("errors"), answer::toString);
        return answer.get("data");
    }

    public JsonNode data(String query) {
        return data(query, Map.of());
    }

    /** A URL query string of the given parameters, percent-encoded. */
    public static String queryString(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
