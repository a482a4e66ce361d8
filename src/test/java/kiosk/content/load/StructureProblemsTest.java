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

/**
 * One defect per series, collection, special edition or series article: each is reported at its file,
 * line and column, with a hint, and the valid files beside it still load.
 */
class StructureProblemsTest {

    /** A front matter that only needs its {@code series:} line. */
    private static final String PART = """
            ---
            title: 見出し
            date: %s
            section: world
            authors: [sato]
            summary: 要約
            series: %s
            ---
            本文
            """;

    /** A valid special edition's first six lines, to which a case adds or changes one. */
    private static final String SPECIAL = """
            title: 別冊 日本の城
            kind: %s
            cover: {src: https://img.example.jp/c.jpg, alt: 表紙}
            onSale: %s
            price: %s
            isbn: %s
            """;

    @TempDir
    Path temp;

    private static String part(String series) {
        return PART.formatted("2026-11-20", series);
    }

    private static String special(String kind, String onSale, String price, String isbn) {
        return SPECIAL.formatted(kind, onSale, price, isbn);
    }

    private static String special() {
        return special("bessatsu", "2026-11-10", "1320", "978-3-16-148410-0");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("articles/unknown-series.md", part("{slug: saihaken, season: 1, part: 2}"),
                        "articles/unknown-series.md:7:16: error: 'series.slug' names an unknown series 'saihaken'",
                        "did you mean 'saihakken'?"),
                Arguments.of("articles/missing-season.md", part("{slug: saihakken, part: 2}"),
                        "articles/missing-season.md:7:16: error: missing 'season': the series 'saihakken' has seasons 1, 2",
                        "season: 2, part: 2"),
                Arguments.of("articles/no-such-season.md", part("{slug: saihakken, season: 3, part: 1}"),
                        "articles/no-such-season.md:7:35: error: the series 'saihakken' has no season 3",
                        "its seasons are 1, 2"),
                Arguments.of("articles/z-duplicate-part.md", part("{slug: saihakken, season: 1, part: 1}"),
                        "articles/z-duplicate-part.md:7:44: error: part 1 of season 1 of the series 'saihakken' is "
                                + "already articles/part-one.md", "its own number"),
                Arguments.of("articles/part-zero.md", part("{slug: saihakken, season: 1, part: 0}"),
                        "articles/part-zero.md:7:44: error: a series' season and part are numbered from 1", "part: 1"),
                Arguments.of("articles/bad-sponsor.md", PART.formatted("2026-11-20", "{slug: saihakken, season: 2, part: 1}")
                                .replace("---\n本文", "sponsored: {url: https://ad.example.jp/}\n---\n本文"),
                        "articles/bad-sponsor.md:8:12: error: missing required field 'by'", "add a line 'by: ...'"),
                Arguments.of("series/misspelt.yaml", """
                        title: 壊れた連載
                        seasons:
                          - number: 1
                            titel: 一
                        """, "series/misspelt.yaml:4:5: error: unknown key 'titel' in season", "did you mean 'title'?"),
                Arguments.of("series/duplicate-season.yaml", """
                        title: 連載
                        seasons:
                          - number: 1
                            title: 一
                          - number: 1
                            title: 二
                        """, "series/duplicate-season.yaml:5:13: error: duplicate season number 1", "line 3"),
                Arguments.of("series/backwards.yaml", """
                        title: 連載
                        seasons:
                          - number: 1
                            title: 一
                            start: 2026-11-01
                            end: 2026-10-01
                        """, "series/backwards.yaml:3:5: error: the season ends (2026-10-01) before it starts (2026-11-01)",
                        "'start' and 'end'"),
                Arguments.of("series/sponsor-url.yaml", """
                        title: 連載
                        sponsor:
                          name: 架空商事
                          url: www.example.jp
                        """, "series/sponsor-url.yaml:4:8: error: 'url' must be an absolute http(s) URL: www.example.jp",
                        "https://"),
                Arguments.of("series/Bad_Name.yaml", "title: 連載\n",
                        "series/Bad_Name.yaml:1:1: error: the file name 'Bad_Name' is not a URL-safe slug", "slug:"),
                Arguments.of("collections/unknown-article.yaml", """
                        title: まとめ
                        articles: [part-one, no-such-article]
                        """, "collections/unknown-article.yaml:2:22: error: 'articles' names an unknown article "
                                + "'no-such-article'", "articles are named by their slug"),
                Arguments.of("collections/empty-rule.yaml", """
                        title: まとめ
                        rule: {}
                        """, "collections/empty-rule.yaml:2:7: error: the rule has no condition", "tagsAny"),
                Arguments.of("collections/rule-section.yaml", """
                        title: まとめ
                        rule:
                          section: wrld
                        """, "collections/rule-section.yaml:3:12: error: 'rule.section' names an unknown section 'wrld'",
                        "did you mean 'world'?"),
                Arguments.of("collections/backwards-rule.yaml", """
                        title: まとめ
                        rule:
                          from: 2026-12-01
                          until: 2026-11-01
                        """, "collections/backwards-rule.yaml:3:3: error: the rule's 'until' (2026-11-01) is before its 'from'",
                        "both dates"),
                Arguments.of("collections/nothing.yaml", """
                        title: まとめ
                        pinned: true
                        """, "collections/nothing.yaml:1:1: error: the collection names no articles and has no rule",
                        "articles: [slug"),
                Arguments.of("specials/bad-isbn.yaml", special("bessatsu", "2026-11-10", "1320", "978-3-16-148410-1"),
                        "specials/bad-isbn.yaml:6:7: error: 'isbn' 978-3-16-148410-1 is not valid: the check digit is 1, "
                                + "but the other digits make it 0", "back cover"),
                Arguments.of("specials/short-isbn.yaml", special("bessatsu", "2026-11-10", "1320", "978-4-123"),
                        "specials/short-isbn.yaml:6:7: error: 'isbn' 978-4-123 is not valid: an ISBN has 13 digits",
                        "back cover"),
                Arguments.of("specials/bad-jan.yaml", special() + "jan: 4910123456789\n",
                        "specials/bad-jan.yaml:7:6: error: 'jan' 4910123456789 is not valid: the check digit is 9, but "
                                + "the other digits make it 2", "jan: 4910000000000"),
                Arguments.of("specials/bad-on-sale.yaml", special("mook", "2026-11-31", "1320", "978-3-16-148410-0"),
                        "specials/bad-on-sale.yaml:4:9: error: 'onSale' is not a valid date: '2026-11-31'", "ISO 8601"),
                Arguments.of("specials/bad-kind.yaml", special("bessatu", "2026-11-10", "1320", "978-3-16-148410-0"),
                        "specials/bad-kind.yaml:2:7: error: unknown kind 'bessatu'", "did you mean 'bessatsu'?"),
                Arguments.of("specials/bad-price.yaml", special("mook", "2026-11-10", "千円", "978-3-16-148410-0"),
                        "specials/bad-price.yaml:5:8: error: 'price' must be a whole number, but is '千円'", "price: 10"),
                Arguments.of("specials/off-before-on.yaml", special() + "offSale: 2026-10-01\n",
                        "specials/off-before-on.yaml:1:1: error: 'offSale' (2026-10-01) is before 'onSale' (2026-11-10)",
                        "last day"),
                Arguments.of("specials/no-cover.yaml", special().replace("cover: {src: https://img.example.jp/c.jpg, alt: 表紙}\n", ""),
                        "specials/no-cover.yaml:1:1: error: missing required field 'cover'", "/media/specials/no-cover.jpg"),
                Arguments.of("specials/contents-article.yaml", special() + """
                        contents:
                          - title: 巻頭特集
                            page: 4
                            article: no-such
                        """, "specials/contents-article.yaml:10:14: error: 'contents.article' names an unknown article "
                                + "'no-such'", "articles are named"),
                Arguments.of("specials/purchase-url.yaml", special() + """
                        purchase:
                          - label: 書店
                        """, "specials/purchase-url.yaml:8:5: error: missing required field 'url'", "url: ..."));
    }

    /** A valid base: a series with two seasons, its first part, and a draft. */
    private ContentFolder base() {
        return ContentFolder.create(temp)
                .seriesInTwoSeasons("saihakken")
                .write("articles/part-one.md", PART.formatted("2026-11-01", "{slug: saihakken, season: 1, part: 1}"))
                .article("draft-one", """
                        title: 下書き
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summary: 要約
                        draft: true
                        """, "本文");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void load_brokenFile_reportsExactLocationAndKeepsTheValidFiles(String path, String text, String expected, String hint) {
        LoadResult result = base().write(path, text).load();

        assertThat(result.problems()).extracting(Problem::format)
                .anySatisfy(line -> assertThat(line).startsWith(expected).contains(hint));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.content().articles()).extracting("slug").contains("part-one", "draft-one");
        assertThat(result.content().series()).extracting("slug").contains("saihakken");
    }

    @Test
    void load_everyBrokenFileAtOnce_reportsEveryProblemInOneRun() {
        ContentFolder folder = base();
        List<Arguments> cases = brokenFiles().toList();
        cases.forEach(arguments -> folder.write((String) arguments.get()[0], (String) arguments.get()[1]));

        LoadResult result = folder.load();

        List<String> reported = result.problems().stream().map(Problem::format).toList();
        for (Arguments arguments : cases) {
            assertThat(reported).anySatisfy(line -> assertThat(line).startsWith((String) arguments.get()[2]));
        }
    }

    @Test
    void load_collectionListingADraft_warnsAndLoads() {
        LoadResult result = base().write("collections/with-draft.yaml", """
                title: まとめ
                articles: [part-one, draft-one]
                """).load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("collections/with-draft.yaml:2:22: warning: 'articles' names the draft article 'draft-one'")
                .contains("once it is published");
        assertThat(result.content().collections()).extracting("slug").containsExactly("with-draft");
    }

    @Test
    void load_ruleNamingATagNoArticleCarries_warnsAndKeepsTheRule() {
        LoadResult result = base().article("tagged", "2026-11-21T09:00:00+09:00").write("collections/diplomacy.yaml", """
                title: 外交まとめ
                rule:
                  tagsAny: [外交, 外向]
                """).load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("collections/diplomacy.yaml:3:17: warning: no article carries the tag '外向'")
                .contains("did you mean '外交'?");
        assertThat(result.content().collections()).singleElement()
                .satisfies(collection -> assertThat(collection.rule().tagsAny()).containsExactly("外交", "外向"));
    }

    @Test
    void load_partsOutOfDateOrder_warns() {
        LoadResult result = base().write("articles/part-two.md",
                PART.formatted("2026-10-01", "{slug: saihakken, season: 1, part: 2}")).load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("articles/part-two.md:7:44: warning: part 2 is dated before part 1 (articles/part-one.md)");
        assertThat(result.hasErrors()).isFalse();
    }
}
