package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.catalog.CatalogHolder;
import kiosk.newsletter.EmailAddress;
import kiosk.newsletter.SubscriberStatus;
import kiosk.newsletter.Tokens;
import kiosk.newsletter.Topics;
import kiosk.site.bake.MostRead;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.MailServer;
import kiosk.testing.NewsletterDeskForTests;
import kiosk.testing.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Newsletter signups and the links in its mails through the real server, with mails to GreenMail: double
 * opt-in, one-click unsubscribe, topics; the same answer whatever an address's state; rate limits per
 * client and per address; cross-site posts refused; no address in answers or logs.
 */
class NewsletterHttpTest {

    private static final Pattern LINK = Pattern.compile("https://kiosk\\.example\\.jp(/api/newsletter/\\w+\\?token=[\\w.-]+)");

    @TempDir
    Path temp;

    private MailServer smtp;
    private NewsletterDeskForTests desk;
    private TestServer server;

    @BeforeEach
    void start() {
        Path out = temp.resolve("site");
        new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), out,
                first -> new MostRead.Standings(Instant.now(), Map.of())).bake(SampleContent.catalog());
        smtp = MailServer.start();
        desk = new NewsletterDeskForTests(SampleContent.catalog(), temp.resolve("data"), smtp.port());
        server = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0).withSiteFolder(out)
                .withNewsletter(new NewsletterOptions(desk.subscriptions, 20, 5, null)).withProxyHops(1));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        desk.close();
        smtp.close();
    }

    private HttpResponse<String> signup(String client, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/newsletter/subscriptions"))
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return server.send(request);
    }

    private HttpResponse<String> form(String client, String email, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/x-www-form-urlencoded"));
        all.addAll(List.of(headers));
        return signup(client, "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&topics=world",
                all.toArray(String[]::new));
    }

    private HttpResponse<String> json(String client, String email) {
        return signup(client, TestServer.json(Map.of("email", email)), "Content-Type", "application/json",
                "Accept", "application/json");
    }

    private HttpResponse<String> postForm(String pathAndQuery, String body) {
        return server.send(HttpRequest.newBuilder(server.uri(pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The link of {@code kind} in the first mail to {@code address}, waiting up to 30 s for GreenMail to store it. */
    private String link(String address, String kind) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        do {
            for (MimeMessage message : smtp.messages()) {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    String text = (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
                    Matcher matcher = LINK.matcher(text);
                    while (matcher.find()) {
                        if (matcher.group(1).startsWith("/api/newsletter/" + kind + "?")) {
                            return matcher.group(1);
                        }
                    }
                }
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no " + kind + " link mailed");
    }

    @Test
    void signupForm_thenTheMailsConfirmLink_makesAConfirmedSubscriberOfTheTopics() throws Exception {
        HttpResponse<String> answer = form("10.0.0.1", "reader@example.jp");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/newsletter/#sent");

        String confirm = link("reader@example.jp", "confirm");
        HttpResponse<String> page = server.get(confirm);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        Document document = Jsoup.parse(page.body());
        String token = confirm.substring(confirm.indexOf("token=") + 6);
        assertThat(document.select("form[action=/api/newsletter/confirm] input[name=token]").val()).isEqualTo(token);
        assertThat(document.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(document.text()).doesNotContain("reader@example.jp");

        HttpResponse<String> confirmed = postForm("/api/newsletter/confirm", "token=" + token);
        assertThat(confirmed.headers().firstValue("Location")).contains("/newsletter/#confirmed");
        assertThat(desk.store.recipients("2026-11-24", "", 10)).singleElement()
                .satisfies(recipient -> assertThat(recipient.topics()).isEqualTo(new Topics(Set.of("world"))));
        assertThat(postForm("/api/newsletter/confirm", "token=" + token.replace('.', '!')).headers().firstValue("Location"))
                .contains("/newsletter/#expired");
    }

    @Test
    void signup_answersAlike_forNewPendingSubscribedDepartedAndBouncedAddresses() throws Exception {
        Instant now = Instant.now();
        String pending = desk.store.signup(address("pending@example.jp"), Topics.ALL, now).subscriber();
        String subscribed = desk.store.signup(address("subscribed@example.jp"), Topics.ALL, now).subscriber();
        desk.store.confirm(subscribed, now);
        String departed = desk.store.signup(address("departed@example.jp"), Topics.ALL, now).subscriber();
        desk.store.confirm(departed, now);
        desk.store.unsubscribe(departed, now);
        String bounced = desk.store.signup(address("bounced@example.jp"), Topics.ALL, now).subscriber();
        desk.store.confirm(bounced, now);
        desk.store.failed("2026-11-17", bounced, "SMTP 550", now);
        assertThat(pending).isNotNull();

        List<String> addresses = List.of("new@example.jp", "pending@example.jp", "subscribed@example.jp",
                "departed@example.jp", "bounced@example.jp");
        List<String> jsonAnswers = new ArrayList<>();
        List<String> formAnswers = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            jsonAnswers.add(shape(json("10.1.0." + i, addresses.get(i))));
            formAnswers.add(shape(form("10.2.0." + i, addresses.get(i))));
        }
        assertThat(jsonAnswers).as("JSON answers").containsOnly(jsonAnswers.get(0));
        assertThat(jsonAnswers.get(0)).startsWith("202 ");
        assertThat(formAnswers).as("form answers").containsOnly(formAnswers.get(0));
        for (String answer : jsonAnswers) {
            assertThat(answer).doesNotContain("@example.jp");
        }
        // each state got its mail, told apart only inside the mailbox
        assertThat(smtp.awaitTotal(10)).isTrue();
        assertThat(smtp.deliveredByAddress()).containsOnlyKeys(addresses);
    }

    /** Status, headers but Date, and body: all a client can tell apart. */
    private static String shape(HttpResponse<String> answer) {
        Map<String, List<String>> headers = new TreeMap<>(answer.headers().map());
        headers.remove("date");
        return answer.statusCode() + " " + headers + " " + answer.body();
    }

    @Test
    void signup_overTheClientsLimit_is429_whateverTheAddress() {
        for (int i = 0; i < 5; i++) {
            assertThat(json("10.3.0.1", "burst" + i + "@example.jp").statusCode()).isEqualTo(202);
        }
        HttpResponse<String> limited = json("10.3.0.1", "another@example.jp");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("180");
        assertThat(limited.body()).doesNotContain("another@example.jp");
        assertThat(json("10.3.0.2", "another@example.jp").statusCode()).as("another client").isEqualTo(202);
    }

    @Test
    void signup_ofOneAddressFromManyClients_mailsItThreeTimesADay() throws Exception {
        for (int i = 0; i < 6; i++) {
            assertThat(json("10.4.0." + i, "target@example.jp").statusCode()).isEqualTo(202);
        }
        assertThat(json("10.4.1.1", "marker@example.jp").statusCode()).isEqualTo(202);
        assertThat(smtp.awaitTotal(4)).isTrue();
        Thread.sleep(300);
        assertThat(smtp.deliveredByAddress()).isEqualTo(Map.of("target@example.jp", 3, "marker@example.jp", 1));
    }

    @Test
    void signup_postedFromAnotherSitesPage_isRefused_andFromTheSitesOwn_goesBackThere() throws Exception {
        HttpResponse<String> forged = form("10.5.0.1", "victim@example.jp", "Origin", "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("victim");
        assertThat(form("10.5.0.2", "victim@example.jp", "Origin", "null").statusCode()).isEqualTo(403);

        String own = "http://localhost:" + server.uri("/").getPort();
        HttpResponse<String> ours = form("10.5.0.3", "reader@example.jp", "Origin", own);
        assertThat(ours.statusCode()).isEqualTo(303);
        assertThat(ours.headers().firstValue("Location")).contains(own + "/newsletter/#sent");
        assertThat(smtp.awaitTotal(1)).isTrue();
        Thread.sleep(300);
        assertThat(smtp.deliveredByAddress()).containsOnlyKeys("reader@example.jp");
    }

    @Test
    void signup_ofWhatIsNotAnAddress_is400_withoutRepeatingIt() {
        HttpResponse<String> answer = json("10.6.0.1", "not-an-address<script>");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("メールアドレスの形式").doesNotContain("not-an-address").doesNotContain("script");
        assertThat(form("10.6.0.2", "x@y").headers().firstValue("Location")).contains("/newsletter/#invalid");
    }

    @Test
    void oneClickUnsubscribe_ofRfc8058_endsTheSubscriptionAndErasesTheAddress() {
        Instant now = Instant.now();
        String ref = desk.store.signup(address("leaving@example.jp"), Topics.ALL, now).subscriber();
        desk.store.confirm(ref, now);
        String token = new Tokens(desk.store.signingKey()).issue(Tokens.Purpose.UNSUBSCRIBE, ref, now);

        HttpResponse<String> page = server.get("/api/newsletter/unsubscribe?token=" + token);
        assertThat(Jsoup.parse(page.body()).select("input[name=token]").val()).isEqualTo(token);
        assertThat(desk.store.status(ref)).as("a GET (a link scanner) changes nothing").contains(SubscriberStatus.CONFIRMED);

        HttpResponse<String> oneClick = postForm("/api/newsletter/unsubscribe?token=" + token, "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(desk.store.status(ref)).contains(SubscriberStatus.UNSUBSCRIBED);
        assertThat(desk.store.address(ref)).isEmpty();
        assertThat(postForm("/api/newsletter/unsubscribe?token=" + token, "List-Unsubscribe=One-Click").statusCode())
                .as("a mail client's retry").isEqualTo(200);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";
        assertThat(postForm("/api/newsletter/unsubscribe?token=" + forged, "List-Unsubscribe=One-Click").statusCode())
                .isEqualTo(400);
    }

    @Test
    void topicsLink_showsTheSubscribersTopics_andSavesTheNewOnes() {
        Instant now = Instant.now();
        String ref = desk.store.signup(address("choosy@example.jp"), new Topics(Set.of("world", "science")), now).subscriber();
        desk.store.confirm(ref, now);
        String token = new Tokens(desk.store.signingKey()).issue(Tokens.Purpose.TOPICS, ref, now);

        Document page = Jsoup.parse(server.get("/api/newsletter/topics?token=" + token).body());
        assertThat(page.select("input[name=topics][checked]").eachAttr("value")).containsExactlyInAnyOrder("world", "science");
        HttpResponse<String> saved = postForm("/api/newsletter/topics", "token=" + token + "&topics=business&topics=no-such");
        assertThat(saved.headers().firstValue("Location")).contains("/newsletter/#updated");
        assertThat(desk.store.topics(ref)).contains(new Topics(Set.of("business")));
        assertThat(server.get("/api/newsletter/topics?token=bad").headers().firstValue("Location")).contains("/newsletter/#expired");
    }

    @Test
    void logsAndTheGraphQlSchema_neverHoldAnAddress() throws Exception {
        smtp.close(); // every signup mail now fails, and says so in the log
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(json("10.7.0.1", "private.person@example.jp").statusCode()).isEqualTo(202);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!captured.toString(StandardCharsets.UTF_8).contains("signup mail was not sent") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("signup mail was not sent").doesNotContain("private.person").doesNotContain("example.jp");
        String schema = Files.readString(Path.of("graphql", "schema.graphqls")).toLowerCase();
        assertThat(schema).doesNotContain("email").doesNotContain("subscriber").doesNotContain("newsletter");
    }

    @Test
    void editionPreview_isShownToEditorsHoldingThePreviewToken_only() {
        server.close();
        String token = "newsletter-preview-token-0123";
        server = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0)
                .withPreview(new Preview(PreviewToken.of(token), new CatalogHolder(SampleContent.catalog()),
                        (catalog, root, ref, path) -> Optional.empty()))
                .withNewsletter(new NewsletterOptions(desk.subscriptions, 20, 5, desk.preview())));

        assertThat(server.get("/preview/newsletter/?edition=2026-11-24").statusCode()).isEqualTo(401);
        assertThat(server.get("/preview/newsletter/?edition=2026-11-24", "X-Preview-Token", "wrong-token-0123456789")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> html = server.get("/preview/newsletter/?edition=2026-11-24", "X-Preview-Token", token);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Cache-Control")).contains(PreviewAccess.NO_STORE);
        assertThat(Jsoup.parse(html.body()).text()).contains("2026年11月24日").contains("最新号");
        HttpResponse<String> text = server.get("/preview/newsletter/edition.txt?edition=2026-11-24", "X-Preview-Token", token);
        assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(text.body()).contains("■ 最新号");
        assertThat(server.get("/preview/newsletter/?edition=next-week", "X-Preview-Token", token).statusCode()).isEqualTo(400);
    }

    private static EmailAddress address(String text) {
        return EmailAddress.parse(text).orElseThrow();
    }

}
