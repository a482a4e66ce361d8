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
import kiosk.api.graphql.GraphQlRequest;

/**
 * Reads a {@link GraphQlRequest} from an HTTP request as GraphQL over HTTP defines it: from the URL's
 * query parameters for GET (variables and extensions JSON-encoded), from a JSON body for POST.
 * Anything malformed is a {@link BadRequestException} that says what is wrong.
 */
final class RequestReader {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

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
        byte[] bytes;
        try {
            bytes = ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            throw new BadRequestException(e.getStatus(), "the request body is larger than " + maxRequestBytes + " bytes");
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
        if (query == null && (extensions == null || !extensions.containsKey("persistedQuery"))) {
            throw new BadRequestException(400, "the request has no query");
        }
        return new GraphQlRequest(query, operationName, variables, extensions);
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
