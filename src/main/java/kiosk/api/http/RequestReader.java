package kiosk.api.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import kiosk.api.graphql.GraphQlRequest;

/**
 * Reads a {@link GraphQlRequest} from an HTTP request as GraphQL over HTTP defines it: from the URL's
 * query parameters for GET (variables and extensions JSON-encoded), from a JSON body for POST.
 * Anything malformed is a {@link BadRequestException} that says what is wrong.
 */
final class RequestReader {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** Apollo's automatic persisted queries: the one form of {@code extensions.persistedQuery} the server takes. */
    static final String PERSISTED_QUERY_FORM = "extensions.persistedQuery must be {\"version\": 1,"
            + " \"sha256Hash\": \"<SHA-256 of the query, 64 hex digits>\"}";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final ObjectMapper json;
    private final long maxRequestBytes;

    RequestReader(ObjectMapper json, long maxRequestBytes) {
        this.json = json;
        this.maxRequestBytes = maxRequestBytes;
    }

    GraphQlRequest fromQueryParameters(Context ctx) {
        return request(ctx.queryParam("query"), ctx.queryParam("operationName"),
                object("variables", parse("variables", ctx.queryParam("variables"))),
                object("extensions", parse("extensions", ctx.queryParam("extensions"))));
    }

    /** @throws BadRequestException 415 for a body that is not JSON, 413 for one over the size limit, else 400 */
    GraphQlRequest fromJsonBody(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new BadRequestException(415, "POST a JSON body with Content-Type: application/json");
        }
        if (ctx.contentLength() > maxRequestBytes) {
            // refused before a byte of it is read: the server does not wait for what it will not take
            throw BadRequestException.tooLarge(maxRequestBytes);
        }
        byte[] bytes;
        try {
            bytes = ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            throw BadRequestException.tooLarge(maxRequestBytes);
        }
        JsonNode body = parse("the request body", bytes);
        if (body == null || !body.isObject()) {
            throw new BadRequestException(400, "the request body must be a JSON object with a query");
        }
        return request(text(body, "query"), text(body, "operationName"), object("variables", body.get("variables")),
                object("extensions", body.get("extensions")));
    }

    private static GraphQlRequest request(String query, String operationName, Map<String, Object> variables,
                                          Map<String, Object> extensions) {
        boolean persisted = extensions != null && extensions.containsKey("persistedQuery");
        if (persisted) {
            checkPersistedQuery(extensions.get("persistedQuery"));
        } else if (query == null) {
            throw new BadRequestException(400, "the request has no query");
        }
        return new GraphQlRequest(query, operationName, variables, extensions);
    }

    /** graphql-java casts the extension blindly: anything but Apollo's form would fail deep inside it. */
    private static void checkPersistedQuery(Object persistedQuery) {
        if (!(persistedQuery instanceof Map<?, ?> fields) || !Integer.valueOf(1).equals(fields.get("version"))
                || !(fields.get("sha256Hash") instanceof String hash) || !SHA256_HEX.matcher(hash).matches()) {
            throw new BadRequestException(400, PERSISTED_QUERY_FORM);
        }
    }

    private JsonNode parse(String what, String text) {
        return text == null || text.isEmpty() ? null : parse(what, text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode parse(String what, byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new BadRequestException(400, what + " is not valid JSON");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequestException(400, field + " must be a string");
        }
        return value.asText();
    }

    private Map<String, Object> object(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new BadRequestException(400, field + " must be a JSON object");
        }
        return json.convertValue(value, MAP);
    }
}
