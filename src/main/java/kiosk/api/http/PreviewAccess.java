package kiosk.api.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kiosk.api.graphql.ErrorCode;
import kiosk.api.graphql.ErrorContract;
import kiosk.api.graphql.Limit;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogHolder;
import kiosk.content.check.Messages;
import kiosk.content.git.RefName;
import kiosk.ranking.RateLimiter;

/**
 * Who a request comes from: a reader, or an editor presenting the preview token in the
 * {@value #HEADER} header (API clients) or the {@value #COOKIE} cookie that {@code /preview} sets
 * (browsers), which holds a value derived from the token (see {@link PreviewToken#cookie}). A token
 * or cookie that does not match is refused rather than ignored, so an editor with a wrong or outdated
 * token is told instead of silently seeing the public content.
 *
 * <p>Wrong guesses are throttled per client address (see {@link ClientAddress}): after
 * {@value #GUESS_BURST} of them, one a minute; a client over that is refused every token, the right
 * one too, so trying cannot find it, until its allowance refills. Editors behind the same address as
 * a client that guessed wait with it.
 */
final class PreviewAccess {

    static final String HEADER = "X-Preview-Token";
    private static final String MESSAGES = "kiosk.api.http.preview";
    static final String COOKIE = "kiosk_preview";
    /** Holds a signed per-article link ({@link PreviewToken#sign}): that article only, until the link expires. */
    static final String LINK_COOKIE = "kiosk_preview_link";
    /** What every answer for an editor says: no cache anywhere may keep unpublished content. */
    static final String NO_STORE = "private, no-store";
    /** An editor's working day: long enough not to be asked again, short enough to lapse by itself. */
    static final Duration COOKIE_AGE = Duration.ofHours(12);
    static final int GUESS_BURST = 10;
    private static final double GUESSES_PER_SECOND = 1.0 / 60;
    /** Client addresses remembered; the least recently seen are forgotten first. */
    private static final long MAX_CLIENTS = 100_000;

    enum Viewer { READER, EDITOR, REFUSED, THROTTLED }

    /**
     * Why a viewer is refused: the status, the message, when to try again, if that helps, and the
     * extensions (code, limit) of the GraphQL error the API answers with it.
     */
    record Refusal(int status, String message, String retryAfterSeconds, Map<String, Object> extensions) {

        /** Answers the request with this refusal, as plain text. */
        void send(Context ctx) {
            retryAfter(ctx);
            ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
        }

        void retryAfter(Context ctx) {
            if (retryAfterSeconds != null) {
                ctx.header("Retry-After", retryAfterSeconds);
            }
        }
    }

    private final CatalogHolder published;
    /** Null when the server has no preview: then every token is refused. */
    private final Preview preview;
    private final int proxyHops;
    private final Clock clock;
    private final RateLimiter wrongGuesses = new RateLimiter(GUESSES_PER_SECOND, GUESS_BURST, MAX_CLIENTS);

    PreviewAccess(CatalogHolder published, Preview preview, int proxyHops, Clock clock) {
        this.published = published;
        this.preview = preview;
        this.proxyHops = proxyHops;
        this.clock = clock;
    }

    /**
     * Says that the answer depends on the preview header and cookie, which it does whether or not the
     * server has a preview (a token it cannot take is refused): a shared cache (a CDN, keyed by URL) must
     * then neither give a reader's public answer to an editor nor an editor's refusal to a reader.
     * Editors' answers are {@value #NO_STORE} besides, so no shared cache keeps drafts at all. Readers
     * send neither, so a CDN still keeps one public answer per URL.
     */
    static void varyByCredentials(Context ctx) {
        ResponseHeaders.vary(ctx, HEADER);
        ResponseHeaders.vary(ctx, "Cookie");
    }

    Viewer viewer(Context ctx) {
        String header = ctx.header(HEADER);
        String cookie = ctx.cookie(COOKIE);
        if (header != null) {
            return enter(ctx, header);
        }
        if (cookie == null) {
            return Viewer.READER;
        }
        return judge(ctx, () -> preview == null ? PreviewToken.Check.FORGED
                : preview.token().check(cookie, clock.instant()));
    }

    /** Whether {@code presented} is the token: {@link Viewer#EDITOR}, or refused, or throttled. */
    Viewer enter(Context ctx, String presented) {
        return judge(ctx, () -> preview != null && preview.token().matches(presented) ? PreviewToken.Check.VALID
                : PreviewToken.Check.FORGED);
    }

    /** Checks a token or cookie unless the client is throttled; a forged one counts as a wrong guess. */
    private Viewer judge(Context ctx, Supplier<PreviewToken.Check> check) {
        String client = ClientAddress.of(ctx.ip(), ctx.header(ClientAddress.FORWARDED_FOR), proxyHops);
        if (wrongGuesses.exhausted(client)) {
            return Viewer.THROTTLED;
        }
        PreviewToken.Check result = check.get();
        if (result == PreviewToken.Check.FORGED) {
            wrongGuesses.tryAcquire(client);
        }
        return result == PreviewToken.Check.VALID ? Viewer.EDITOR : Viewer.REFUSED;
    }

    /** The catalog a viewer sees; never call it for a refused one. */
    Catalog catalog(Viewer viewer) {
        return switch (viewer) {
            case READER -> published.get();
            case EDITOR -> preview.catalogs().get();
            case REFUSED, THROTTLED -> throw new IllegalArgumentException("a refused viewer sees no catalog");
        };
    }

    /**
     * The article a signed link grants, when it is genuine and current; a forged one counts as a
     * wrong guess, as a wrong token does, and a throttled client is granted nothing.
     */
    Optional<PreviewToken.Link> link(Context ctx, String signed) {
        String client = ClientAddress.of(ctx.ip(), ctx.header(ClientAddress.FORWARDED_FOR), proxyHops);
        if (preview == null || wrongGuesses.exhausted(client)) {
            return Optional.empty();
        }
        Optional<PreviewToken.Link> link = preview.token().link(signed, clock.instant());
        if (link.isEmpty()) {
            wrongGuesses.tryAcquire(client);
        }
        return link;
    }

    /** The link the request's link cookie grants, if any. */
    Optional<PreviewToken.Link> linkOf(Context ctx) {
        String signed = ctx.cookie(LINK_COOKIE);
        return signed == null ? Optional.empty() : link(ctx, signed);
    }

    /**
     * The preview catalog of the content at {@code ref} (never call it for a viewer other than an
     * editor or a link's holder): empty when there is no such ref.
     *
     * @throws java.util.concurrent.RejectedExecutionException when too many snapshots are being built
     */
    Optional<Catalog> catalogAt(RefName ref) {
        return preview.refs().at(ref);
    }

    /** A media file as {@code ref} has it; see {@link ContentRefs#media}. */
    Optional<byte[]> mediaAt(RefName ref, String path) {
        return preview.refs().media(ref, path);
    }

    /**
     * The path of a signed link to one article, as the work tree has it or as {@code ref} does, that
     * works for {@code lifetime} from now; empty when {@code ref} is not null and has no such article.
     */
    Optional<String> linkPath(String slug, RefName ref, Duration lifetime) {
        if (ref != null && catalogAt(ref).flatMap(catalog -> catalog.article(slug)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(preview.token().path(new PreviewToken.Link(slug, clock.instant().plus(lifetime), ref)));
    }

    /** The words of the preview's own pages, in the language site.yaml names. */
    Messages messages() {
        return Messages.of(MESSAGES, published.get().site().language());
    }

    Instant now() {
        return clock.instant();
    }

    boolean enabled() {
        return preview != null;
    }

    /** The catalogs viewers see: the published one, then the preview one when there is a preview. */
    List<CatalogHolder> holders() {
        return preview == null ? List.of(published) : List.of(published, preview.catalogs());
    }

    /** The index in {@link #holders()} of the catalog a viewer sees; never call it for a refused one. */
    static int holder(Viewer viewer) {
        return viewer == Viewer.EDITOR ? 1 : 0;
    }

    /** The cookie's value for an editor who just presented the token. */
    String cookieValue() {
        return preview.token().cookie(clock.instant().plus(COOKIE_AGE));
    }

    PreviewPages pages() {
        return preview.pages();
    }

    /** Why a viewer is refused, and what to do. */
    Refusal refusal(Viewer viewer) {
        if (viewer == Viewer.THROTTLED) {
            return new Refusal(429, "too many wrong preview tokens from this address: try again in a minute",
                    "60", ErrorContract.extensions(ErrorCode.LIMIT_EXCEEDED, Limit.PREVIEW_TOKEN_GUESSES, GUESS_BURST));
        }
        return new Refusal(403, enabled() ? "the preview token is not valid, or the preview cookie has expired:"
                + " open /preview to enter the current token, or remove the " + HEADER + " header and the " + COOKIE
                + " cookie to see the published content"
                : "this server has no preview: start kiosk serve with --preview-token, or remove the "
                + HEADER + " header and the " + COOKIE + " cookie", null, ErrorContract.extensions(ErrorCode.UNAUTHENTICATED));
    }
}
