package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import kiosk.content.Archetype;
import kiosk.content.check.Problem;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} reads each archetype as the article it makes: every mistake at the template's line. */
class ArchetypeChecksTest {

    private static final String GOOD = ContentFolder.ARCHETYPE;

    @TempDir
    Path temp;

    @Test
    void goodArchetypes_andKiosksOwn_haveNoProblem() {
        ContentFolder folder = ContentFolder.create(temp).write("archetypes/world.md", GOOD)
                .write("archetypes/default.md", Archetype.BUILT_IN);

        assertThat(folder.load().problems()).isEmpty();
    }

    @Test
    void anUnknownPlaceholder_isAnErrorAtItsColumn_withTheLikelyOne() {
        ContentFolder folder = ContentFolder.create(temp)
                .write("archetypes/world.md", GOOD.replace("section: {{section}}", "section: {{section}}  # {{titel}}"));

        assertThat(folder.load().problems()).extracting(Problem::path, Problem::line, Problem::column, Problem::message,
                Problem::hint).containsExactly(tuple("archetypes/world.md", 4, 25, "unknown placeholder {{titel}}",
                "did you mean 'title'? the placeholders: title, slug, date, section, author, each in double braces"));
    }

    @Test
    void anArchetypeNamedAfterNoSection_isAnError() {
        ContentFolder folder = ContentFolder.create(temp).write("archetypes/wrold.md", GOOD);

        assertThat(folder.load().problems()).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("archetypes/wrold.md", "archetype 'wrold' is named after no section"));
    }

    @Test
    void theArticleAnArchetypeMakes_isChecked_atTheTemplatesLines_andAQuotedTitleIsQuotedOnce() {
        ContentFolder folder = ContentFolder.create(temp).write("archetypes/business.md", """
                ---
                title: "{{title}}"
                date: {{date}}
                section: {{section}}
                autors: [{{author}}]
                summary: （ここに要約を書く）
                draft: true
                ---
                （ここに本文を書く）
                """);

        assertThat(folder.load().problems()).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                tuple(2, 1, "missing required field 'authors'"),
                tuple(5, 1, "unknown key 'autors' in front matter"));
    }

    @Test
    void aPublishableArticleMadeFromAnArchetype_isRefused_whereAnyOfItsPlaceholdersIsLeft() {
        ContentFolder folder = ContentFolder.create(temp).article("a", """
                title: 首脳会談
                date: 2026-11-20T09:00:00+09:00
                section: world
                authors: [sato]
                dateline: （ここに発信地を書く）
                summary: 要約。
                """, "本文。\n");

        assertThat(folder.load().problems()).extracting(Problem::line, Problem::column, Problem::message)
                .containsExactly(tuple(6, 11, "'dateline' still holds the placeholder `kiosk new` wrote: （ここに発信地を書く）"));
    }
}
