package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview token is strong, never guessed by trying (wrong guesses are throttled per client), and
 * never kept where it could leak: out of URLs after the first redirect, out of the cookie, which holds
 * an expiring value derived from it.
 */
class PreviewAccessTest {

    private static final String TOKEN = "p7Rk2vXq9LmN4wZc8TbJ5hYd3Fs6Ga1E";
    private static final String DRAFT_QUERY = "{ article(slug: \"tax-reform-outline-draft\") { title } }";

    private TestServer server;

    @BeforeEach
    void start() {
        // one trusted proxy: X-Forwarded-For then names the client, so a test can be several clients
        server = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0).withProxyHops(1).withPreview(
                new Preview(PreviewToken.of(TOKEN), new CatalogHolder(new CatalogBuilder()
                        .preview(SampleContent.load().content(), SampleContent.NOW)), (catalog, root, ref, path) -> Optional.empty())));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0123456789abcdef0123",                      // 80 bits
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // one character
            "0123456789abcdef0123456789abcdef",          // a sequence
            "passwordpasswordpasswordpassword",          // few characters, repeated
            "kiosk-preview-token-2026-kiosk-preview",    // a phrase, repeated
            "Zy8-!x*Qp2#mV7&kT4$rN9@wL3^bH6%c"})         // characters a cookie or URL would mangle
    void token_weak_isRefusedAtStartSayingHowToMakeOne(String weak) {
        assertThatThrownBy(() -> PreviewToken.of(weak)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openssl rand -hex 16");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f9c2a7e81b4d06c5e2f9a1b7c3d8e40", "c5a1e9b2-7d4f-4a3b-9e6c-2f8d1b7a4e3c", TOKEN})
    void token_random_isAccepted(String strong) {
        assertThat(PreviewToken.of(strong).matches(strong)).isTrue();
    }

    private HttpResponse<String> api(String token, String client) {
        return server.post(TestServer.json(Map.of("query", DRAFT_QUERY)), "X-Preview-Token", token,
                ClientAddress.FORWARDED_FOR, client);
    }

    @Test
    void wrongGuesses_fromOneClient_areThrottled_andTheRightTokenWaitsToo() {
        for (int i = 0; i < PreviewAccess.GUESS_BURST; i++) {
            assertThat(api(TOKEN.replace('p', (char) ('a' + i)), "203.0.113.7").statusCode()).isEqualTo(403);
        }

        HttpResponse<String> throttled = api(TOKEN, "203.0.113.7");
        HttpResponse<String> health = server.get("/health", "X-Preview-Token", TOKEN, ClientAddress.FORWARDED_FOR,
                "203.0.113.7");
        HttpResponse<String> otherClient = api(TOKEN, "198.51.100.20");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("too many wrong preview tokens").doesNotContain("税制");
        assertThat(health.statusCode()).isEqualTo(429);
        assertThat(otherClient.statusCode()).isEqualTo(200);
        assertThat(otherClient.body()).contains("税制");
    }

    @Test
    void enter_byUrl_redirectsToAUrlWithoutTheToken_andTheCookieHoldsNoToken() {
        HttpResponse<String> response = server.get("/preview?token=" + TOKEN + "&path=/articles/x/");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/preview/articles/x/")
                .doesNotContain(TOKEN);
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(PreviewAccess.COOKIE + "=").doesNotContain(TOKEN).containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").contains("Path=/").contains("Max-Age=43200");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void enter_byForm_postsTheTokenOutOfTheUrl() {
        HttpResponse<String> form = server.get("/preview");
        HttpResponse<String> posted = server.send(HttpRequest.newBuilder(server.uri("/preview"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN + "&path=%2Farticles%2Fx%2F",
                        StandardCharsets.UTF_8)));

        assertThat(form.statusCode()).isEqualTo(401);
        assertThat(form.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(form.body()).contains("<form method=\"post\" action=\"/preview\"").contains("name=\"token\"")
                .contains("type=\"password\"");
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/preview/articles/x/");
        assertThat(posted.headers().firstValue("Set-Cookie").orElseThrow()).startsWith(PreviewAccess.COOKIE + "=");
    }

    @Test
    void cookie_asSet_letsTheEditorIn_butTheRawToken_orAnExpiredOrForgedValue_doesNot() {
        String cookie = server.get("/preview?token=" + TOKEN).headers().firstValue("Set-Cookie").orElseThrow()
                .split(";")[0];
        String expired = PreviewAccess.COOKIE + "=" + PreviewToken.of(TOKEN).cookie(Instant.now().minusSeconds(1));
        String forged = cookie.substring(0, cookie.indexOf('=') + 1) + "9999999999" + cookie.substring(cookie.indexOf('.'));

        assertThat(server.post(TestServer.json(Map.of("query", DRAFT_QUERY)), "Cookie", cookie).body()).contains("税制");
        for (String refused : List.of(PreviewAccess.COOKIE + "=" + TOKEN, expired, forged)) {
            HttpResponse<String> response = server.post(TestServer.json(Map.of("query", DRAFT_QUERY)), "Cookie", refused);
            assertThat(response.statusCode()).as(refused).isEqualTo(403);
            assertThat(response.body()).doesNotContain("税制");
        }
    }
}
