package kiosk.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosk.api.graphql.ErrorCode;
import kiosk.api.graphql.ErrorContract;
import kiosk.api.graphql.GraphQlRequest;
import kiosk.api.graphql.KioskGraphQl;
import kiosk.catalog.Catalog;

/**
 * {@code GET} and {@code POST /graphql} as the GraphQL-over-HTTP specification has them: the answer's
 * media type follows {@code Accept}, GET runs queries only, and status codes tell request errors from
 * answers. Each request takes the current catalog once and runs on it (or finds its answer in the
 * {@link AnswerCache}): the published one, or the preview one for an editor holding the preview token
 * (see {@link PreviewAccess}). GET answers carry an {@code ETag} and {@code Cache-Control}, so browsers
 * and CDNs can keep and revalidate them; an editor's answers may not be kept.
 */
final class GraphQlHandler {

    static final String REVISION_HEADER = "X-Content-Revision";
    private static final Map<String, Object> BAD_REQUEST = ErrorContract.extensions(ErrorCode.BAD_REQUEST);

    private final KioskGraphQl graphQl;
    private final PreviewAccess access;
    private final ObjectMapper json;
    private final RequestReader reader;
    private final AnswerCache answers;
    private final String cacheControl;
    private final int maxAnswerBytes;

    GraphQlHandler(KioskGraphQl graphQl, PreviewAccess access, ObjectMapper json, ServerOptions options) {
        this.graphQl = graphQl;
        this.access = access;
        this.json = json;
        this.reader = new RequestReader(json, options.maxRequestBytes());
        this.answers = new AnswerCache(options.answerCacheBytes());
        this.cacheControl = "public, max-age=" + options.cacheMaxAge().toSeconds();
        this.maxAnswerBytes = options.limits().maxAnswerBytes();
    }

    void handle(Context ctx) throws JsonProcessingException {
        boolean get = ctx.method() == HandlerType.GET;
        ResponseHeaders.vary(ctx, "Accept");
        PreviewAccess.varyByCredentials(ctx);
        Optional<ResponseType> negotiated = ResponseType.negotiate(ctx.header("Accept"));
        if (negotiated.isEmpty()) {
            writeError(ctx, ResponseType.JSON, 406, "cannot answer in any type the Accept header lists:"
                    + " accept application/graphql-response+json or application/json", BAD_REQUEST);
            return;
        }
        ResponseType type = negotiated.get();
        GraphQlRequest request;
        try {
            request = get ? reader.fromQueryParameters(ctx) : reader.fromJsonBody(ctx);
        } catch (BadRequestException e) {
            writeError(ctx, type, e.status(), e.getMessage(), e.extensions());
            return;
        }
        if (get && graphQl.selectsNonQuery(request)) {
            ctx.header("Allow", "POST");
            writeError(ctx, type, 405, "GET runs queries only: send mutations and subscriptions with POST", BAD_REQUEST);
            return;
        }
        PreviewAccess.Viewer viewer = access.viewer(ctx);
        if (viewer == PreviewAccess.Viewer.REFUSED || viewer == PreviewAccess.Viewer.THROTTLED) {
            PreviewAccess.Refusal refusal = access.refusal(viewer);
            refusal.retryAfter(ctx);
            writeError(ctx, type, refusal.status(), refusal.message(), refusal.extensions());
            return;
        }
        Catalog catalog = access.catalog(viewer);
        Answer answer = answers.get(catalog, request);
        if (answer == null) {
            answer = Answer.of(graphQl.execute(request, catalog, viewer == PreviewAccess.Viewer.EDITOR), json,
                    maxAnswerBytes);
            answers.put(catalog, request, answer);
        }
        ctx.header(REVISION_HEADER, catalog.revision());
        // A request error (unparsable, invalid, over a limit) leaves no data; only the newer media type
        // may say so with a status code, old clients expect 200 for every well-formed request.
        int status = type == ResponseType.GRAPHQL_RESPONSE_JSON && !answer.dataPresent() ? 400 : 200;
        if (viewer == PreviewAccess.Viewer.EDITOR) {
            // unpublished content: whatever the method, no cache on the way may keep it
            ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        } else if (get) {
            ctx.header("Cache-Control", answer.cacheable() ? cacheControl : "no-store");
        }
        if (get) {
            String tag = EntityTags.of(answer.body());
            ctx.header("ETag", tag);
            if (status == 200 && EntityTags.matches(ctx.header("If-None-Match"), tag)) {
                ctx.status(304);
                return;
            }
        }
        ctx.status(status).contentType(type.contentType()).result(answer.body());
    }

    private void writeError(Context ctx, ResponseType type, int status, String message, Map<String, Object> extensions)
            throws JsonProcessingException {
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType(type.contentType()).result(json.writeValueAsBytes(
                Map.of("errors", List.of(ErrorContract.specification(message, extensions)))));
    }
}
