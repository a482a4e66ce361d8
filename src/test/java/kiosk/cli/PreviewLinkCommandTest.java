package kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import kiosk.api.http.PreviewToken;
import kiosk.content.git.RefName;
import kiosk.testing.DraftBranch;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewLinkCommandTest {

    private static final String TOKEN = "e3b98a4f1c7d2605b9e8f4a1d3c7b260";

    private final CommandRun kiosk = new CommandRun();

    @TempDir
    Path temp;

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

    @Test
    void previewLink_withRef_signsALinkToTheArticleAsTheBranchHasIt() throws Exception {
        try (DraftBranch repository = DraftBranch.create(temp, "feature", "branch-draft", "円安と地方の観光", "本文。\n")) {
            String content = repository.folder().root().toString();

            assertThat(kiosk.run("preview-link", "branch-draft", "--ref", "feature", "--preview-token", TOKEN,
                    "--content", content)).isZero();
            String link = kiosk.output().strip();
            PreviewToken.Link granted = PreviewToken.of(TOKEN).link(link.substring(link.lastIndexOf('/') + 1),
                    Instant.now()).orElseThrow();
            assertThat(granted.slug()).isEqualTo("branch-draft");
            assertThat(granted.ref()).isEqualTo(new RefName("feature"));

            assertThat(kiosk.run("preview-link", "branch-draft", "--preview-token", TOKEN, "--content", content))
                    .as("the work tree is on main, which has no such article").isEqualTo(2);
            assertThat(kiosk.run("preview-link", "branch-draft", "--ref", "main", "--preview-token", TOKEN,
                    "--content", content)).isEqualTo(2);
            assertThat(kiosk.output()).contains("no article has the slug 'branch-draft' at main");
            assertThat(kiosk.run("preview-link", "branch-draft", "--ref", "feature..main", "--preview-token", TOKEN,
                    "--content", content)).isEqualTo(2);
            assertThat(kiosk.output()).contains("--ref feature..main: not a git branch, tag or commit name: it holds '..'");
            assertThat(kiosk.run("preview-link", "branch-draft", "--ref", "gone", "--preview-token", TOKEN,
                    "--content", content)).isEqualTo(2);
            assertThat(kiosk.output()).contains("--ref gone: the repository has no such branch, tag or commit");
        }
    }
}
