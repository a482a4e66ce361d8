package kiosk.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import kiosk.api.graphql.ErrorCode;
import kiosk.api.graphql.ErrorContract;
import kiosk.api.graphql.GraphQlRequest;
import kiosk.api.graphql.KioskGraphQl;
import kiosk.api.graphql.Limit;
import kiosk.api.graphql.PreviewLinks;
import kiosk.catalog.Catalog;
import kiosk.content.git.RefName;

/**
 * {@code GET} and {@code POST /graphql} as the GraphQL-over-HTTP specification has them: the answer's
 * media type follows {@code Accept}, GET runs queries only, and status codes tell request errors from
 * answers. Each request takes the current catalog once and runs on it (or finds its answer in the
 * {@link AnswerCache}): the published one, or the preview one for an editor holding the preview token
 * (see {@link PreviewAccess}). GET answers carry an {@code ETag} and {@code Cache-Control}, so browsers
 * and CDNs can keep and revalidate them; an editor's answers may not be kept. An editor's request with
 * the {@value ContentRefs#HEADER} header reads the content of that git ref, never through the answer
 * cache; a reader's is refused, the same way whatever the ref.
 */
final class GraphQlHandler {

    static final String REVISION_HEADER = "X-Content-Revision";
    /** {@code hit} when the answer came from the {@link AnswerCache}, else {@code miss}: for operators and benchmarks. */
    static final String ANSWER_CACHE_HEADER = "X-Answer-Cache";
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
        this.answers = new AnswerCache(options.answerCacheBytes(), access.holders());
        this.cacheControl = "public, max-age=" + options.cacheMaxAge().toSeconds();
        this.maxAnswerBytes = options.limits().maxAnswerBytes();
    }

    void handle(Context ctx) throws JsonProcessingException {
        boolean get = ctx.method() == HandlerType.GET;
        ResponseHeaders.vary(ctx, "Accept");
        PreviewAccess.varyByCredentials(ctx);
        ResponseHeaders.vary(ctx, ContentRefs.HEADER);
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
        boolean editor = viewer == PreviewAccess.Viewer.EDITOR;
        String refHeader = ctx.header(ContentRefs.HEADER);
        Answer answer;
        Catalog catalog;
        if (refHeader == null) {
            catalog = access.catalog(viewer);
            int lane = PreviewAccess.holder(viewer);
            answer = answers.get(lane, catalog, request);
            ctx.header(ANSWER_CACHE_HEADER, answer == null ? "miss" : "hit");
            if (answer == null) {
                answer = Answer.of(graphQl.execute(request, catalog, editor, editor ? links(null) : null), json,
                        maxAnswerBytes);
                answers.put(lane, catalog, request, answer);
            }
        } else {
            Optional<Catalog> atRef = refCatalog(ctx, type, viewer, refHeader);
            if (atRef.isEmpty()) {
                return;
            }
            catalog = atRef.get();
            // a ref's answers never enter the answer cache: it holds the published and the work tree's only
            ctx.header(ANSWER_CACHE_HEADER, "miss");
            answer = Answer.of(graphQl.execute(request, catalog, true, links(new RefName(refHeader))), json,
                    maxAnswerBytes);
        }
        ctx.header(REVISION_HEADER, catalog.revision());
        // A request error (unparsable, invalid, over a limit) leaves no data; only the newer media type
        // may say so with a status code, old clients expect 200 for every well-formed request.
        int status = type == ResponseType.GRAPHQL_RESPONSE_JSON && !answer.dataPresent() ? 400 : 200;
        if (editor) {
            // unpublished content: whatever the method, no cache on the way may keep it
            ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        } else {
            if (get) {
                ctx.header("Cache-Control", answer.cacheable() ? cacheControl : "no-store");
            }
            if (answer.cacheable()) {
                // what the answer read, for a CDN to purge by what a change set names; an editor's may name drafts
                CacheTagHeaders.set(ctx, answer.tags());
            }
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

    /**
     * The catalog of the ref an {@value ContentRefs#HEADER} header names, or empty when the request was
     * answered: the header is for editors (a reader is refused, told nothing of refs), its name must
     * follow git's rules, and the ref must exist.
     */
    private Optional<Catalog> refCatalog(Context ctx, ResponseType type, PreviewAccess.Viewer viewer, String header)
            throws JsonProcessingException {
        if (viewer != PreviewAccess.Viewer.EDITOR) {
            writeError(ctx, type, 403, ContentRefs.HEADER + " reads unpublished content: it is for editors, who send"
                    + " the preview token in the " + PreviewAccess.HEADER + " header too; remove it to read the"
                    + " published content", ErrorContract.extensions(ErrorCode.UNAUTHENTICATED));
            return Optional.empty();
        }
        try {
            Optional<Catalog> catalog = access.catalogAt(new RefName(header));
            if (catalog.isEmpty()) {
                writeError(ctx, type, 404, ContentRefs.HEADER + ": the content's repository has no branch, tag or"
                        + " commit '" + header + "'", ErrorContract.extensions(ErrorCode.NOT_FOUND));
            }
            return catalog;
        } catch (IllegalArgumentException e) {
            writeError(ctx, type, 400, ContentRefs.HEADER + ": " + e.getMessage(), BAD_REQUEST);
        } catch (RejectedExecutionException e) {
            ctx.header("Retry-After", "5");
            writeError(ctx, type, 503, "other refs' snapshots are being built: try again in a few seconds",
                    ErrorContract.extensions(ErrorCode.LIMIT_EXCEEDED, Limit.REF_BUILDS, ContentRefs.MAX_BUILDS));
        }
        return Optional.empty();
    }

    /** Signs the links {@code Query.previewLink} makes; without a ref argument at {@code requestRef} (null: the work tree). */
    private PreviewLinks links(RefName requestRef) {
        return (slug, ref, lifetime) -> access.linkPath(slug, ref != null ? ref : requestRef, lifetime);
    }

    private void writeError(Context ctx, ResponseType type, int status, String message, Map<String, Object> extensions)
            throws JsonProcessingException {
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType(type.contentType()).result(json.writeValueAsBytes(
                Map.of("errors", List.of(ErrorContract.specification(message, extensions)))));
    }
}
