package kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import kiosk.api.http.PreviewToken;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

class PreviewLinkCommandTest {

    private static final String TOKEN = "e3b98a4f1c7d2605b9e8f4a1d3c7b260";

    private final CommandRun kiosk = new CommandRun();

    @Test
    void previewLink_printsASignedLinkUnderTheSitesAddress_thatTheServerTakesForThatArticleOnly() {
        Instant before = Instant.now();

        int exit = kiosk.run("preview-link", "tax-reform-outline-draft", "--expires", "90m", "--preview-token", TOKEN,
                "--content", SampleContent.folder().toString());

        assertThat(exit).isZero();
        String link = kiosk.output().strip();
        assertThat(link).startsWith("https://kiosk.example.jp/preview/link/").doesNotContain(TOKEN);
        PreviewToken.Link granted = PreviewToken.of(TOKEN).link(link.substring(link.lastIndexOf('/') + 1), Instant.now())
                .orElseThrow();
        assertThat(granted.slug()).isEqualTo("tax-reform-outline-draft");
        assertThat(Duration.between(before, granted.expires())).isBetween(Duration.ofMinutes(89), Duration.ofMinutes(91));
        assertThat(PreviewToken.of(TOKEN).link(link.substring(link.lastIndexOf('/') + 1),
                Instant.now().plus(Duration.ofMinutes(91)))).as("expired").isEmpty();
    }

    @Test
    void previewLink_tooLongUnknownArticleOrNoToken_isRefusedWithTheReason() {
        String content = SampleContent.folder().toString();
        assertThat(kiosk.run("preview-link", "tax-reform-outline-draft", "--expires", "8d", "--preview-token", TOKEN,
                "--content", content)).isEqualTo(2);
        assertThat(kiosk.run("preview-link", "no-such-article", "--preview-token", TOKEN, "--content", content)).isEqualTo(2);
        assertThat(kiosk.output()).contains("--expires 8d: at most 7d").contains("no article has the slug 'no-such-article'");
    }
}
