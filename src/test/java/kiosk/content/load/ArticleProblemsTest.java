package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kiosk.content.check.Problem;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One defect per article file: each is reported at its exact place, and the valid files beside it still load. */
class ArticleProblemsTest {

    @TempDir
    Path temp;

    static Stream<Arguments> brokenArticles() {
        return Stream.of(
                Arguments.of("unknown-key", """
                        ---
                        title: 見出し
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summery: 要約
                        ---
                        本文
                        """, "articles/unknown-key.md:6:1: error: unknown key 'summery' in front matter",
                        "did you mean 'summary'?"),
                Arguments.of("missing-title", """
                        ---
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summary: 要約
                        ---
                        本文
                        """, "articles/missing-title.md:2:1: error: missing required field 'title'", "title: ..."),
                Arguments.of("unknown-section", """
                        ---
                        title: 見出し
                        date: 2026-11-20
                        section: wrld
                        authors: [sato]
                        summary: 要約
                        ---
                        本文
                        """, "articles/unknown-section.md:4:10: error: 'section' names an unknown section 'wrld'",
                        "did you mean 'world'?"),
                Arguments.of("unknown-author", """
                        ---
                        title: 見出し
                        date: 2026-11-20
                        section: world
                        authors: [sato, tanaka]
                        summary: 要約
                        ---
                        本文
                        """, "articles/unknown-author.md:5:17: error: 'authors' names an unknown author 'tanaka'",
                        "authors are defined in authors.yaml"),
                Arguments.of("unknown-issue", """
                        ---
                        title: 見出し
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        issue: 2026-11-31
                        summary: 要約
                        ---
                        本文
                        """, "articles/unknown-issue.md:6:8: error: 'issue' names an unknown issue '2026-11-31'",
                        "did you mean '2026-11-24'?"),
                Arguments.of("unknown-related", """
                        ---
                        title: 見出し
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        related: [valid-articel]
                        summary: 要約
                        ---
                        本文
                        """, "articles/unknown-related.md:6:11: error: 'related' names an unknown article 'valid-articel'",
                        "did you mean 'valid-article'?"),
                Arguments.of("bad-date", """
                        ---
                        title: 見出し
                        date: 2026-13-45
                        section: world
                        authors: [sato]
                        summary: 要約
                        ---
                        本文
                        """, "articles/bad-date.md:3:7: error: 'date' is not a valid date: '2026-13-45'", "ISO 8601"),
                Arguments.of("list-for-title", """
                        ---
                        title:
                          - 見出し
                          - 二つ目
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summary: 要約
                        ---
                        本文
                        """, "articles/list-for-title.md:3:3: error: 'title' must be text, but is a list", "same line"),
                Arguments.of("tab-indent", "---\ntitle: 見出し\nimage:\n\tsrc: /media/a.jpg\n---\n本文\n",
                        "articles/tab-indent.md:4:1: error: invalid YAML", "spaces"),
                Arguments.of("never-closes", """
                        ---
                        title: 見出し
                        date: 2026-11-20
                        本文がそのまま続く
                        """, "articles/never-closes.md:1:1: error: the front matter opened on line 1 never closes",
                        "add a line '---'"),
                Arguments.of("no-front-matter", "# 見出しだけ\n\n本文\n",
                        "articles/no-front-matter.md:1:1: error: the file does not start with front matter", "'---'"),
                Arguments.of("empty", "", "articles/empty.md:1:1: error: the file is empty", "front matter"),
                Arguments.of("Bad_Name", """
                        ---
                        title: 見出し
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summary: 要約
                        ---
                        本文
                        """, "articles/Bad_Name.md:1:1: error: the file name 'Bad_Name' is not a URL-safe slug", "slug:"),
                Arguments.of("missing-image", """
                        ---
                        title: 見出し
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summary: 要約
                        image:
                          src: /media/nowhere.jpg
                          alt: 写真
                        ---
                        本文
                        """, "articles/missing-image.md:8:8: error: image file not found: /media/nowhere.jpg",
                        "content/media/nowhere.jpg"),
                Arguments.of("duplicate-key", """
                        ---
                        title: 見出し
                        title: 別の見出し
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summary: 要約
                        ---
                        本文
                        """, "articles/duplicate-key.md:3:1: error: duplicate key 'title'", "line 2"),
                Arguments.of("yaml-alias", """
                        ---
                        title: 見出し
                        date: &t 2026-11-20
                        section: world
                        authors: [sato]
                        summary: 要約
                        dateline: *t
                        ---
                        本文
                        """, "articles/yaml-alias.md:7:11: error: YAML aliases are not allowed: '*t'", "write the value"),
                Arguments.of("yaml-anchor", """
                        ---
                        title: 見出し
                        date: 2026-11-20
                        section: world
                        authors: &staff [sato]
                        summary: 要約
                        ---
                        本文
                        """, "articles/yaml-anchor.md:5:10: error: YAML anchors are not allowed: '&staff'", "write each value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenArticles")
    void load_brokenArticle_reportsExactLocationAndKeepsValidArticle(String slug, String text, String expected,
                                                                     String hint) {
        LoadResult result = ContentFolder.create(temp)
                .article("valid-article", "2026-11-20T09:00:00+09:00")
                .write("articles/" + slug + ".md", text)
                .load();

        assertThat(result.problems()).extracting(problem -> problem.format())
                .anySatisfy(line -> assertThat(line).startsWith(expected).contains(hint));
        assertThat(result.content().articles()).extracting("slug").contains("valid-article").doesNotContain(slug);
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void load_manyBrokenFiles_reportsEveryProblemInOneRun() {
        ContentFolder folder = ContentFolder.create(temp).article("valid-article", "2026-11-20T09:00:00+09:00");
        List<Arguments> cases = brokenArticles().toList();
        cases.forEach(arguments -> folder.write("articles/" + arguments.get()[0] + ".md", (String) arguments.get()[1]));

        LoadResult result = folder.load();

        List<String> reported = result.problems().stream().filter(Problem::isError).map(Problem::format).toList();
        for (Arguments arguments : cases) {
            assertThat(reported).anySatisfy(line -> assertThat(line).startsWith((String) arguments.get()[2]));
        }
        assertThat(result.content().articles()).extracting("slug").containsExactly("valid-article");
    }

    @Test
    void load_duplicateSlug_keepsFirstAndReportsSecond() {
        LoadResult result = ContentFolder.create(temp)
                .article("a/same", "2026-11-20T09:00:00+09:00")
                .article("b/same", "2026-11-21T09:00:00+09:00")
                .load();

        assertThat(result.problems()).extracting(Problem::format)
                .anySatisfy(line -> assertThat(line).startsWith("articles/b/same.md:1:1: error: duplicate article slug 'same'")
                        .contains("articles/a/same.md"));
        assertThat(result.content().articles()).singleElement().extracting("path").isEqualTo("articles/a/same.md");
    }

    @Test
    void load_slugLineClashingWithAFileName_isReportedAtTheSlugLineNamingBothFiles() {
        LoadResult result = ContentFolder.create(temp)
                .article("a/first", """
                        title: 見出し
                        slug: same
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summary: 要約
                        """, "本文")
                .article("b/same", "2026-11-21T09:00:00+09:00")
                .load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().satisfies(line -> assertThat(line)
                .startsWith("articles/a/first.md:3:7: error: duplicate article slug 'same': articles/b/same.md has it too"
                        + " (from its file name)"));
        assertThat(result.content().articles()).singleElement().extracting("path").isEqualTo("articles/b/same.md");
    }

    static Stream<Arguments> deeplyNestedBodies() {
        String nestedLists = new StringBuilder().append("- ".repeat(10_000)).append("項目\n").toString();
        return Stream.of(
                Arguments.of("quotes", "前文\n\n" + ">".repeat(20_000) + " 引用\n", "articles/deep.md:11:33:"),
                Arguments.of("lists", "前文\n\n" + nestedLists, "articles/deep.md:11:33:"),
                Arguments.of("emphasis", "前文\n\n" + "*".repeat(60_000) + "強調" + "*".repeat(60_000) + "\n",
                        "articles/deep.md:11:1:"),
                Arguments.of("images", "前文\n\n" + "![".repeat(20_000) + "写真" + "](/media/a.jpg)".repeat(20_000) + "\n",
                        "articles/deep.md:11:66:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deeplyNestedBodies")
    void load_deeplyNestedBody_isALocatedErrorForThatFileOnly(String kind, String body, String expectedLocation) {
        LoadResult result = ContentFolder.create(temp)
                .article("valid-article", "2026-11-20T09:00:00+09:00")
                .article("deep", """
                        title: 見出し
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        tags: [外交]
                        summary: 要約
                        """, body)
                .load();

        assertThat(result.problems()).filteredOn(Problem::isError).extracting(Problem::format)
                .singleElement().satisfies(line -> assertThat(line).startsWith(expectedLocation)
                        .contains(" error: the text is nested too deeply"));
        assertThat(result.content().articles()).extracting("slug").containsExactly("valid-article");
    }

    @Test
    void load_oneFileWithManyMistakes_reportsEveryOneAtItsLineInOneRun() {
        LoadResult result = ContentFolder.create(temp)
                .article("valid-article", "2026-11-20T09:00:00+09:00")
                .write("articles/many.md", """
                        ---
                        title: 見出し
                        date: 2026-13-01
                        section: wrld
                        authors: [sato, tanka]
                        tags: [外交, {name: 経済}]
                        issue: 2026-11-31
                        related: [valid-articel]
                        summery: 要約
                        breaking: maybe
                        image:
                          src: /media/nowhere.jpg
                        ---
                        本文から[リンク](/articles/nowhere/)。

                        <iframe src="https://example.jp/"></iframe>
                        """)
                .load();

        assertThat(result.problems()).extracting(problem -> problem.format().lines().findFirst().orElseThrow())
                .containsExactly(
                        "articles/many.md:2:1: warning: missing 'summary'",
                        "articles/many.md:3:7: error: 'date' is not a valid date: '2026-13-01'",
                        "articles/many.md:4:10: error: 'section' names an unknown section 'wrld'",
                        "articles/many.md:5:17: error: 'authors' names an unknown author 'tanka'",
                        "articles/many.md:6:12: error: each item of 'tags' must be text, but one is a mapping (key: value lines)",
                        "articles/many.md:7:8: error: 'issue' names an unknown issue '2026-11-31'",
                        "articles/many.md:8:11: error: 'related' names an unknown article 'valid-articel'",
                        "articles/many.md:9:1: error: unknown key 'summery' in front matter",
                        "articles/many.md:10:11: error: 'breaking' must be true or false, but is 'maybe'",
                        "articles/many.md:12:3: error: the lead photo has no 'alt' text",
                        "articles/many.md:12:3: warning: the lead photo has no 'credit'",
                        "articles/many.md:12:8: error: image file not found: /media/nowhere.jpg",
                        "articles/many.md:14:5: error: the link /articles/nowhere/ names an unknown article 'nowhere'",
                        "articles/many.md:16:1: warning: the HTML element <iframe> is not published");
    }

    @Test
    void load_articleWithErrors_isNotAlsoCalledUnknownWhereOthersNameIt() {
        LoadResult result = ContentFolder.create(temp)
                .article("target", """
                        title: 見出し
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summery: 要約
                        """, "本文")
                .article("naming", """
                        title: 関連
                        date: 2026-11-21
                        section: world
                        authors: [sato]
                        summary: 要約
                        related: [target]
                        """, "[前の記事](/articles/target/)\n")
                .load();

        assertThat(result.problems()).filteredOn(Problem::isError).extracting(Problem::format).singleElement()
                .satisfies(line -> assertThat(line).startsWith("articles/target.md:6:1: error: unknown key 'summery'"));
    }
}
