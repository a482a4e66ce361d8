package kiosk.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kiosk.catalog.CatalogHolder;
import kiosk.newsletter.EmailAddress;
import kiosk.newsletter.Links;
import kiosk.newsletter.Topics;
import kiosk.newsletter.mail.RenderedMail;
import kiosk.newsletter.signup.Subscriptions;
import kiosk.newsletter.signup.TokenOutcome;
import kiosk.ranking.RateLimiter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The newsletter over HTTP: signups ({@code POST} {@value Links#SUBSCRIPTIONS}) and the signed links in
 * mails (confirm, unsubscribe, topics: {@code GET} shows the site's page with the link's token filled in,
 * {@code POST} acts). A browser without script gets a 303 back to {@code /newsletter/#notice}; a client
 * asking for JSON gets a status and {@code {"message"}} or {@code {"error"}}.
 *
 * <p>A signup is answered the same (202, or 303 to {@code #sent}) whether the address is new, pending,
 * subscribed or left; what differs happens later, in the mail only the address's owner reads. Refused
 * alike for every address: 403 for a browser posting from another site's page (cross-site request
 * forgery), 429 over the client's rate limit, 400 for what is not an address by syntax, 503 when the
 * queue is full. No answer, log line or error ever contains the address.
 *
 * <p>Answers never go into caches, and link pages send no referrer (their URL holds the token).
 */
final class NewsletterHandler {

    static final String PREVIEW = Preview.ROOT + "/newsletter/";
    static final String PREVIEW_TEXT = PREVIEW + "edition.txt";
    /** Clients the rate limiter keeps; least recently seen ones are forgotten first. */
    private static final long MAX_CLIENTS = 100_000;
    private static final int MAX_TOPICS = 100;
    private static final String PAGE = "/newsletter/";

    private final CatalogHolder catalogs;
    private final NewsletterOptions options;
    private final int proxyHops;
    private final SiteOrigins site;
    private final Subscriptions subscriptions;
    private final RateLimiter limiter;
    private final PreviewAccess previewAccess;
    private final Path siteFolder;
    private final ObjectMapper json;

    NewsletterHandler(CatalogHolder catalogs, NewsletterOptions options, int proxyHops, SiteOrigins site,
                      PreviewAccess previewAccess, Path siteFolder, ObjectMapper json) {
        this.catalogs = catalogs;
        this.options = options;
        this.proxyHops = proxyHops;
        this.site = site;
        this.subscriptions = options.subscriptions();
        this.limiter = new RateLimiter(options.signupsPerHour() / 3600, options.burst(), MAX_CLIENTS);
        this.previewAccess = previewAccess;
        this.siteFolder = siteFolder;
        this.json = json;
    }

    /** {@code POST /api/newsletter/subscriptions}: a form ({@code email}, {@code topics}...) or JSON. */
    void subscribe(Context ctx) throws IOException {
        ctx.header("Cache-Control", "no-store");
        String origin = ctx.header("Origin");
        // no Origin: not a browser's cross-site post (browsers send it with every POST), so not refused
        if (origin != null && !site.isSiteOrigin(ctx, origin)) {
            answer(ctx, null, HttpStatus.FORBIDDEN, "refused",
                    "このページからは登録できません。サイトの登録フォームをお使いください。");
            return;
        }
        String back = origin == null ? "" : origin;
        if (!limiter.tryAcquire(ClientAddress.of(ctx.ip(), ctx.header(ClientAddress.FORWARDED_FOR), proxyHops))) {
            ctx.header("Retry-After", String.valueOf((long) Math.ceil(3600 / options.signupsPerHour())));
            answer(ctx, back, HttpStatus.TOO_MANY_REQUESTS, "busy",
                    "登録の申し込みが多すぎます。しばらくしてからもう一度お試しください。");
            return;
        }
        String email;
        List<String> topics;
        if (isJson(ctx.contentType())) {
            JsonNode body;
            try {
                body = json.readTree(ctx.bodyAsBytes());
            } catch (IOException e) {
                answer(ctx, back, HttpStatus.BAD_REQUEST, "invalid", "送信内容を読み取れません: {\"email\": \"...\"} を送ってください。");
                return;
            }
            email = body != null && body.path("email").isTextual() ? body.get("email").asText() : null;
            topics = new ArrayList<>();
            if (body != null) {
                body.path("topics").forEach(topic -> topics.add(topic.asText()));
            }
        } else {
            email = ctx.formParam("email");
            topics = ctx.formParams("topics");
        }
        Optional<EmailAddress> address = EmailAddress.parse(email);
        if (address.isEmpty() || topics.size() > MAX_TOPICS) {
            answer(ctx, back, HttpStatus.BAD_REQUEST, "invalid",
                    "メールアドレスの形式が正しくありません。もう一度入力してください。");
            return;
        }
        if (!subscriptions.request(address.get(), topics)) {
            ctx.header("Retry-After", "60");
            answer(ctx, back, HttpStatus.SERVICE_UNAVAILABLE, "busy",
                    "ただいま混み合っています。しばらくしてからもう一度お試しください。");
            return;
        }
        answer(ctx, back, HttpStatus.ACCEPTED, "sent",
                "確認メールを送りました。メールのリンクを開いて登録を完了してください。");
    }

    /** {@code GET} of a link's page: the site's page for {@code kind}, with the token (and topics) filled in. */
    void linkPage(Context ctx, String kind) throws IOException {
        noStore(ctx);
        String token = ctx.queryParam(Links.TOKEN);
        Optional<Topics> topics = Optional.empty();
        if (kind.equals("topics")) {
            topics = subscriptions.topics(token);
            if (topics.isEmpty()) {
                ctx.redirect(PAGE + "#expired", HttpStatus.SEE_OTHER);
                return;
            }
        }
        Path file = siteFolder == null ? null : siteFolder.resolve("newsletter").resolve(kind).resolve("index.html");
        if (token == null || file == null || !Files.isRegularFile(file)) {
            ctx.redirect(PAGE + "#expired", HttpStatus.SEE_OTHER);
            return;
        }
        Document page = Jsoup.parse(Files.readString(file));
        page.select("input[name=" + Links.TOKEN + "]").val(token);
        Topics chosen = topics.orElse(Topics.ALL);
        for (Element box : page.select("input[type=checkbox][name=topics]")) {
            box.attr("checked", !chosen.all() && chosen.includes(box.val()));
        }
        page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        page.outputSettings().prettyPrint(false);
        ctx.contentType("text/html; charset=utf-8").result(page.outerHtml());
    }

    /** {@code POST} {@value Links#CONFIRM}. */
    void confirm(Context ctx) {
        noStore(ctx);
        back(ctx, subscriptions.confirm(token(ctx)) == TokenOutcome.DONE ? "confirmed" : "expired");
    }

    /**
     * {@code POST} {@value Links#UNSUBSCRIBE}: from the page's button, or RFC 8058's one-click POST of a
     * mail client ({@code List-Unsubscribe=One-Click}, token in the URL), which gets a plain 200.
     */
    void unsubscribe(Context ctx) {
        noStore(ctx);
        TokenOutcome outcome = subscriptions.unsubscribe(token(ctx));
        if ("One-Click".equals(ctx.formParam("List-Unsubscribe"))) {
            ctx.status(outcome == TokenOutcome.DONE ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                    .contentType("text/plain; charset=utf-8")
                    .result(outcome == TokenOutcome.DONE ? "unsubscribed\n" : "the link is not valid\n");
            return;
        }
        back(ctx, outcome == TokenOutcome.DONE ? "unsubscribed" : "expired");
    }

    /** {@code POST} {@value Links#TOPICS}. */
    void changeTopics(Context ctx) {
        noStore(ctx);
        List<String> topics = ctx.formParams("topics");
        boolean done = topics.size() <= MAX_TOPICS && subscriptions.changeTopics(token(ctx), topics) == TokenOutcome.DONE;
        back(ctx, done ? "updated" : "expired");
    }

    /** {@code GET /preview/newsletter/[edition.txt]?edition=DATE}: an edition for editors holding the preview token. */
    void preview(Context ctx) {
        ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        ctx.header("X-Robots-Tag", "noindex");
        PreviewAccess.Viewer viewer = previewAccess.viewer(ctx);
        if (viewer == PreviewAccess.Viewer.READER) {
            ctx.status(HttpStatus.UNAUTHORIZED).contentType("text/plain; charset=utf-8")
                    .result("the preview is for editors: open /preview with the preview token first\n");
            return;
        }
        if (viewer != PreviewAccess.Viewer.EDITOR || options.preview() == null) {
            previewAccess.refusal(viewer).send(ctx);
            return;
        }
        var catalog = previewAccess.catalog(viewer);
        LocalDate edition;
        try {
            String asked = ctx.queryParam("edition");
            edition = asked == null ? LocalDate.now(catalog.site().timeZone()) : LocalDate.parse(asked);
        } catch (DateTimeParseException e) {
            ctx.status(HttpStatus.BAD_REQUEST).contentType("text/plain; charset=utf-8")
                    .result("edition must be a date such as 2026-11-24\n");
            return;
        }
        RenderedMail mail;
        try {
            mail = options.preview().render(catalog, edition);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType("text/plain; charset=utf-8").result(e.getMessage() + "\n");
            return;
        }
        if (ctx.path().endsWith(".txt")) {
            ctx.contentType("text/plain; charset=utf-8").result(mail.text());
        } else {
            ctx.contentType("text/html; charset=utf-8").result(mail.html());
        }
    }

    private static String token(Context ctx) {
        String token = ctx.queryParam(Links.TOKEN);
        return token != null ? token : ctx.formParam(Links.TOKEN);
    }

    /** The browser's way back to the newsletter page, with the notice for {@code notice}. */
    private static void back(Context ctx, String notice) {
        ctx.redirect(PAGE + "#" + notice, HttpStatus.SEE_OTHER);
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    /**
     * JSON for script ({@code Accept: application/json}), else a 303 to the newsletter page's notice on
     * the origin the form was posted from (the site's, when the API has its own), or a plain refusal.
     */
    private void answer(Context ctx, String back, HttpStatus status, String notice, String message) throws IOException {
        String accept = ctx.header("Accept");
        if (back == null || accept != null && accept.contains("application/json") || isJson(ctx.contentType())) {
            ctx.status(status).contentType("application/json")
                    .result(json.writeValueAsBytes(Map.of(status.getCode() < 300 ? "message" : "error", message)));
        } else {
            ctx.redirect(back + PAGE + "#" + notice, HttpStatus.SEE_OTHER);
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }
}
