package kiosk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small blocking HTTP client for tests against real servers. */
public final class Http {

    /** What {@code /health} says once the site is baked. */
    public static final String SITE_READY = "\"site\":\"ready\"";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    /**
     * Whether the {@code kiosk serve} at {@code base} answers and has baked its site: it answers {@code /health}
     * (and the API) while the site is still baking.
     */
    public static boolean servesItsSite(String base) {
        try {
            HttpResponse<String> health = get(base + "/health");
            return health.statusCode() == 200 && health.body().contains(SITE_READY);
        } catch (RuntimeException notListeningYet) {
            return false;
        }
    }

    /** POSTs a GraphQL query and returns the raw response. */
    public static HttpResponse<String> graphql(String endpoint, String query) {
        return graphql(endpoint, query, new String[0]);
    }

    /** POSTs a GraphQL query with more headers ({@code name, value, name, value...}) and returns the raw response. */
    public static HttpResponse<String> graphql(String endpoint, String query, String... headers) {
        String body = "{\"query\":" + Json.quote(query) + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JSON string quoting via Jackson, so queries with quotes and Japanese survive. */
    private static final class Json {
        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
                new com.fasterxml.jackson.databind.ObjectMapper();

        static String quote(String text) {
            try {
                return MAPPER.writeValueAsString(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
