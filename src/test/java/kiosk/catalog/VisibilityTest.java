package kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import kiosk.content.Article;
import kiosk.content.Tag;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing unpublished leaks through the things it is linked to. */
class VisibilityTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @TempDir
    Path temp;

    @Test
    void tags_usedOnlyByDraft_areHidden() {
        ContentFolder folder = ContentFolder.create(temp)
                .article("public", "2026-11-20T09:00:00+09:00")
                .article("secret", """
                        title: 極秘
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        tags: [極秘人事]
                        summary: 未発表。
                        draft: true
                        """, "本文");

        Catalog catalog = new CatalogBuilder().published(folder.load().content(), NOW);

        assertThat(catalog.tags()).extracting(Tag::name).containsExactly("外交");
        assertThat(catalog.tag("極秘人事")).isEmpty();
        assertThat(catalog.articlesBy("sato")).extracting(Article::slug).containsExactly("public");
    }

    @Test
    void issues_notYetOnSale_areHiddenAndUnlinked() {
        ContentFolder folder = ContentFolder.create(temp)
                .write("issues/2026-12-01.yaml", """
                        number: 3413
                        title: 2026年12月1日号
                        date: 2026-12-01
                        onSale: 2026-11-26
                        cover:
                          title: 次号の特集
                        """)
                .article("early", """
                        title: 先行公開
                        date: 2026-11-24
                        section: world
                        authors: [sato]
                        issue: 2026-12-01
                        summary: 次号掲載。
                        """, "本文");

        Catalog catalog = new CatalogBuilder().published(folder.load().content(), NOW);

        assertThat(catalog.issue("2026-12-01")).isEmpty();
        assertThat(catalog.latestIssue()).map(issue -> issue.slug()).contains("2026-11-24");
        assertThat(catalog.article("early")).map(Article::issue).isEmpty();
        // the server republishes at the start of the on-sale day in Tokyo, without an edit
        assertThat(catalog.nextScheduled()).contains(Instant.parse("2026-11-25T15:00:00Z"));
    }
}
