package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import kiosk.content.check.Problem;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's {@code webhooks:}: absolute http(s) URLs, anything else an error at its line. */
class SiteWebhooksTest {

    @TempDir
    Path temp;

    @Test
    void webhooks_areReadAndABadOneIsAnErrorAtItsLine() {
        ContentFolder folder = ContentFolder.create(temp).write("site.yaml", """
                title: 週刊キオスク
                webhooks:
                  - https://front.example.jp/api/revalidate
                  - /relative/path
                """);

        LoadResult result = folder.load();

        assertThat(result.content().site().webhooks()).containsExactly(URI.create("https://front.example.jp/api/revalidate"));
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("site.yaml");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("webhooks", "/relative/path");
        });
    }
}
