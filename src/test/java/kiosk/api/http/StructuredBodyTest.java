package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.load.LoadResult;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Article.body} and {@code headings} over HTTP: every kind of block, links resolved, hostile Markdown. */
class StructuredBodyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
    private static final String FRONT = """
            title: 記事
            date: 2026-11-20T09:00:00+09:00
            section: world
            authors: [sato]
            summary: 要約。
            """;

    /** Every field of every block and inline, so nothing in the tree escapes the assertions. */
    static final String BODY = """
            query($slug: String!) { article(slug: $slug) {
              bodyHtml
              headings { index level anchor text }
              body {
                __typename index parent depth
                ... on Paragraph { inlines { ...inline } }
                ... on Heading { level anchor text inlines { ...inline } }
                ... on BlockList { ordered start }
                ... on Table { header { cells { header align inlines { ...inline } } } rows { cells { header align inlines { ...inline } } } }
                ... on Figure { image { src alt caption credit } caption { ...inline } }
                ... on CodeBlock { language code }
                ... on ArticleCard { article { slug } link { href title article { slug } } inlines { ...inline } }
                ... on Footnote { label number inlines { ...inline } }
              }
            } }
            fragment inline on Inline {
              __typename
              ... on TextRun { text marks link { href title article { slug } } }
              ... on LineBreak { text }
              ... on FootnoteReference { label number }
            }
            """;

    @TempDir
    static Path temp;
    private static TestServer server;

    @BeforeAll
    static void start() {
        ContentFolder folder = ContentFolder.create(temp)
                .article("rich", FRONT, """
                        リード文に**太字**と*斜体*、`コード`と[外部](https://example.com/a "題")への link。[^1]

                        ## 背景と経緯

                        - 一つ目
                        - 二つ目
                          1. 入れ子
                        
                        > 引用した発言。
                        > 二行目。

                        | 項目 | 数値 |
                        |:-----|-----:|
                        | 輸出 | ＋1.2％ |

                        <figure><img src="/media/photo.jpg" alt="港の写真"><figcaption>横浜港（<em>撮影</em>）</figcaption></figure>

                        ```python
                        print("こんにちは")
                        ```

                        ---

                        [関連記事](/articles/target/)

                        [下書き](/articles/secret-draft/)

                        本文の中の[相対リンク](../target/#h-x)と改行<br>の後。

                        ### 今後の見通し

                        [^1]: 注の本文。
                        """)
                .article("target", FRONT.replace("記事", "リンク先"), "本文。\n")
                .article("secret-draft", FRONT + "draft: true\n", "下書き。\n")
                .writeBytes("media/photo.jpg", ContentFolder.jpeg())
                .article("hostile", FRONT, """
                        <script>alert('s1')</script>
                        [クリック](javascript:alert('s2'))
                        <img src="/media/photo.jpg" onerror="alert('s3')">
                        <a href="javascript:alert('s4')" onclick="alert('s5')">リンク</a>
                        <iframe src="https://evil.example/frame"></iframe>

                        <p style="color:red" onclick="alert('s6')" class="preview-banner" id="main">見た目を偽る段落</p>

                        ![画像](javascript:alert('s7'))

                        <svg><script>alert('s8')</script></svg><object data="https://evil.example/o"></object>

                        <form action="https://evil.example/f"><input name="a" value="s9"></form><style>body{}</style>

                        <a href="data:text/html,evil">データ</a> <img src="data:image/svg+xml,evil" alt="d">

                        <table><tr><td onmouseover="alert('s10')"><a href="vbscript:x">表</a></td></tr></table>
                        """);
        LoadResult result = folder.load();
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        server = TestServer.start(new CatalogBuilder().published(result.content(), NOW));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode article(String slug) {
        return server.data(BODY, java.util.Map.of("slug", slug)).get("article");
    }

    private static List<String> types(JsonNode body) {
        return StreamSupport.stream(body.spliterator(), false).map(block -> block.get("__typename").asText()).toList();
    }

    @Test
    void body_everyKindOfBlock_inReadingOrderWithContainers() {
        JsonNode body = article("rich").get("body");

        assertThat(types(body)).containsExactly("Paragraph", "Heading", "BlockList", "ListItem", "Paragraph",
                "ListItem", "Paragraph", "BlockList", "ListItem", "Paragraph", "Quote", "Paragraph", "Table",
                "Figure", "CodeBlock", "ThematicBreak", "ArticleCard", "ArticleCard", "Paragraph", "Heading", "Footnote");
        for (int i = 0; i < body.size(); i++) {
            assertThat(body.get(i).get("index").asInt()).isEqualTo(i);
        }
        // the nested ordered list is inside the second item, which is inside the first list
        assertThat(body.get(7).get("parent").asInt()).isEqualTo(5);
        assertThat(body.get(7).get("depth").asInt()).isEqualTo(2);
        assertThat(body.get(7).get("ordered").asBoolean()).isTrue();
        assertThat(body.get(2).get("ordered").asBoolean()).isFalse();
        assertThat(body.get(11).get("parent").asInt()).isEqualTo(10);
        assertThat(body.get(11).at("/inlines/0/text").asText()).isEqualTo("引用した発言。 二行目。");
        assertThat(body.get(1).get("anchor").asText()).isEqualTo("h-背景と経緯");
        assertThat(body.get(0).get("parent").isNull()).isTrue();
    }

    @Test
    void body_inlineMarksLinksAndFootnotes() {
        JsonNode lead = article("rich").at("/body/0/inlines");

        assertThat(lead.get(0).get("text").asText()).isEqualTo("リード文に");
        assertThat(lead.get(1).get("text").asText()).isEqualTo("太字");
        assertThat(lead.get(1).get("marks").toString()).isEqualTo("[\"BOLD\"]");
        assertThat(lead.get(3).get("marks").toString()).isEqualTo("[\"ITALIC\"]");
        assertThat(lead.get(5).get("marks").toString()).isEqualTo("[\"CODE\"]");
        assertThat(lead.get(7).at("/link/href").asText()).isEqualTo("https://example.com/a");
        assertThat(lead.get(7).at("/link/title").asText()).isEqualTo("題");
        assertThat(lead.get(7).at("/link/article").isNull()).isTrue();
        JsonNode reference = lead.get(lead.size() - 1);
        assertThat(reference.get("__typename").asText()).isEqualTo("FootnoteReference");
        assertThat(reference.get("number").asInt()).isEqualTo(1);
        JsonNode footnote = article("rich").at("/body/20");
        assertThat(footnote.get("label").asText()).isEqualTo(reference.get("label").asText());
        assertThat(footnote.at("/inlines/0/text").asText()).isEqualTo("注の本文。");
        assertThat(footnote.toString()).doesNotContain("↩");
    }

    @Test
    void body_tableFigureCode() {
        JsonNode body = article("rich").get("body");

        JsonNode table = body.get(12);
        assertThat(table.at("/header/0/cells/0/header").asBoolean()).isTrue();
        assertThat(table.at("/header/0/cells/0/align").asText()).isEqualTo("LEFT");
        assertThat(table.at("/rows/0/cells/1/align").asText()).isEqualTo("RIGHT");
        assertThat(table.at("/rows/0/cells/1/inlines/0/text").asText()).isEqualTo("＋1.2％");
        JsonNode figure = body.get(13);
        assertThat(figure.at("/image/src").asText()).endsWith("/media/photo.jpg").startsWith("http");
        assertThat(figure.at("/image/alt").asText()).isEqualTo("港の写真");
        assertThat(figure.at("/image/caption").asText()).isEqualTo("横浜港（撮影）");
        assertThat(figure.at("/caption/1/marks").toString()).isEqualTo("[\"ITALIC\"]");
        assertThat(body.get(14).get("language").asText()).isEqualTo("python");
        assertThat(body.get(14).get("code").asText()).isEqualTo("print(\"こんにちは\")\n");
    }

    @Test
    void body_linksToArticles_resolveOnlyWhenPublished() {
        JsonNode body = article("rich").get("body");

        assertThat(body.at("/16/article/slug").asText()).isEqualTo("target");
        assertThat(body.at("/16/inlines/0/text").asText()).isEqualTo("関連記事");
        // a draft is never resolved: the card has no article, so the client shows the paragraph
        assertThat(body.at("/17/article").isNull()).isTrue();
        assertThat(body.at("/17/link/article").isNull()).isTrue();
        assertThat(body.at("/17/inlines/0/link/article").isNull()).isTrue();
        assertThat(body.at("/17/inlines/0/text").asText()).isEqualTo("下書き");
        JsonNode relative = body.at("/18/inlines/1");
        assertThat(relative.at("/link/href").asText()).isEqualTo("../target/#h-x");
        assertThat(relative.at("/link/article/slug").asText()).isEqualTo("target");
        assertThat(body.at("/18/inlines/3/__typename").asText()).isEqualTo("LineBreak");
    }

    @Test
    void headings_tableOfContents() {
        JsonNode headings = article("rich").get("headings");

        assertThat(headings.findValuesAsText("text")).containsExactly("背景と経緯", "今後の見通し");
        assertThat(headings.findValuesAsText("anchor")).containsExactly("h-背景と経緯", "h-今後の見通し");
        assertThat(headings.get(1).get("level").asInt()).isEqualTo(3);
        assertThat(headings.get(1).get("index").asInt()).isEqualTo(19);
    }

    @Test
    void body_hostileMarkdown_holdsNothingTheSanitiserDrops() {
        JsonNode article = article("hostile");
        String tree = article.get("body").toString();

        assertThat(types(article.get("body"))).isNotEmpty();
        assertThat(tree).contains("見た目を偽る段落", "リンク", "表");
        for (int i = 1; i <= 10; i++) {
            assertThat(tree).doesNotContain("s" + i + "'");
        }
        assertThat(tree.toLowerCase()).doesNotContain("javascript", "vbscript", "data:", "script", "alert", "onerror",
                "onclick", "evil", "iframe", "style", "preview-banner", "\"main\"", "<");
        // and every address in the tree is one bodyHtml carries too
        String html = article.get("bodyHtml").asText();
        for (String address : addresses(article.get("body"))) {
            assertThat(html).contains(address.replace("&", "&amp;"));
        }
    }

    private static List<String> addresses(JsonNode node) {
        List<String> addresses = new ArrayList<>(node.findValuesAsText("href"));
        node.findValues("src").forEach(src -> addresses.add(src.asText().replaceFirst("^http://localhost:7070", "")));
        return addresses;
    }
}
