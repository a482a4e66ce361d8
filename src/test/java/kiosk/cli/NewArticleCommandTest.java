package kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kiosk.content.load.LoadResult;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NewArticleCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        NewArticleCommand command = commandLine.getSubcommands().get("new").getSubcommands().get("article").getCommand();
        command.clock = Clock.fixed(Instant.parse("2026-11-25T01:30:00Z"), ZoneOffset.UTC);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return commandLine.execute(args);
    }

    @Test
    void newArticle_japaneseTitle_writesDraftThatPassesCheck() throws Exception {
        ContentFolder folder = ContentFolder.create(temp);

        int exit = run("new", "article", "--content", folder.root().toString(), "--section", "business",
                "--title", "円安: 輸出企業の「追い風」は続くか");

        assertThat(exit).isZero();
        Path file = folder.root().resolve("articles/2026/11/en-yasu-yushutsu-kigyo-oikaze-tsuzuku.md");
        assertThat(out.toString().strip()).isEqualTo(file.toString());
        assertThat(Files.readString(file)).contains("date: 2026-11-25T10:30+09:00", "section: business",
                "authors: [sato]", "draft: true");
        LoadResult result = folder.load();
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.content().articles()).singleElement()
                .satisfies(article -> assertThat(article.title()).isEqualTo("円安: 輸出企業の「追い風」は続くか"));
    }

    @Test
    void newArticle_japaneseTitle_slugIsItsReadingInRomaji_andDateIsTaken() {
        ContentFolder folder = ContentFolder.create(temp);

        int exit = run("new", "article", "--content", folder.root().toString(), "--section", "business",
                "--title", "日銀、追加利上げを決定", "--date", "2026-12-01T06:00");

        assertThat(exit).isZero();
        Path file = folder.root().resolve("articles/2026/12/nichigin-tsuika-riage-kettei.md");
        assertThat(file).content().contains("date: 2026-12-01T06:00+09:00");
        assertThat(run("new", "article", "--content", folder.root().toString(), "--section", "business",
                "--title", "x", "--date", "12/01")).isEqualTo(2);
        assertThat(out.toString()).contains("--date 12/01: write 2026-12-01T06:00");
    }

    @Test
    void newArticle_asciiWordsInTitle_becomeSlug() {
        ContentFolder folder = ContentFolder.create(temp);

        int exit = run("new", "article", "--content", folder.root().toString(), "--section", "world",
                "--title", "Summit 閉幕");

        assertThat(exit).isZero();
        assertThat(folder.root().resolve("articles/2026/11/summit-heimaku.md")).exists();
    }

    @Test
    void newArticle_sectionWithAnArchetype_isWrittenFromIt_placeholdersFilled() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).write("archetypes/business.md", """
                ---
                title: {{title}}
                date: {{date}}
                section: {{section}}
                authors: [{{author}}]
                dateline: （ここに発信地を書く）
                summary: （ここに要約を書く）
                draft: true
                ---
                ## {{title}}

                （ここにリードを書く）。記事の住所は /articles/{{slug}}/ です。
                """).write("archetypes/default.md", kiosk.content.Archetype.BUILT_IN);

        int exit = run("new", "article", "--content", folder.root().toString(), "--section", "business",
                "--title", "円安: 輸出企業の「追い風」", "--slug", "en-yasu");

        assertThat(exit).isZero();
        assertThat(folder.root().resolve("articles/2026/11/en-yasu.md")).content().isEqualTo("""
                ---
                title: "円安: 輸出企業の「追い風」"
                date: 2026-11-25T10:30+09:00
                section: business
                authors: [sato]
                dateline: （ここに発信地を書く）
                summary: （ここに要約を書く）
                draft: true
                ---
                ## 円安: 輸出企業の「追い風」

                （ここにリードを書く）。記事の住所は /articles/en-yasu/ です。
                """);
        assertThat(folder.load().hasErrors()).isFalse();
    }

    @Test
    void newArticle_sectionWithoutAnArchetype_usesTheDefaultOne() {
        ContentFolder folder = ContentFolder.create(temp).write("archetypes/default.md", ContentFolder.ARCHETYPE);

        int exit = run("new", "article", "--content", folder.root().toString(), "--section", "world",
                "--title", "首脳会談", "--slug", "summit");

        assertThat(exit).isZero();
        assertThat(folder.root().resolve("articles/2026/11/summit.md")).content()
                .contains("section: world", "（ここに本文を書く）").doesNotContain("tags: []");
    }

    @Test
    void newArticle_anArchetypeThatMakesABadArticle_isRefused_andNothingIsLeftBehind() {
        ContentFolder folder = ContentFolder.create(temp).write("archetypes/world.md",
                ContentFolder.ARCHETYPE.replace("draft: true\n", ""));

        int exit = run("new", "article", "--content", folder.root().toString(), "--section", "world",
                "--title", "首脳会談", "--slug", "summit", "--date", "2026-11-20");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("articles/2026/11/summit.md:6:10: error: the summary is still the placeholder");
        assertThat(folder.root().resolve("articles/2026/11/summit.md")).doesNotExist();
    }

    @Test
    void newArticle_unknownSection_listsSections() {
        ContentFolder folder = ContentFolder.create(temp);

        int exit = run("new", "article", "--content", folder.root().toString(), "--section", "sport", "--title", "x");

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).contains("unknown section 'sport'; sections: world, business");
    }
}
