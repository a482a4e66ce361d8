package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import kiosk.content.Body;
import kiosk.content.Image;
import kiosk.content.check.Problems;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Body render(String markdown) {
        Problems problems = new Problems("articles/test.md");
        MarkdownRenderer.Rendered rendered = renderer.render(markdown, 1, problems);
        assertThat(problems.hasErrors()).as(problems.list().toString()).isFalse();
        return rendered.body();
    }

    @Test
    void render_table_keepsTableMarkup() {
        Body body = render("| 年 | 出生数 |\n|---|---:|\n| 2025 | 68万 |\n");

        assertThat(body.html()).contains("<table>").contains("<th>年</th>").contains("<td align=\"right\">68万</td>");
    }

    @Test
    void render_footnote_linksBothWays() {
        Body body = render("本文[^1]。\n\n[^1]: 出典は政府統計。\n");

        assertThat(body.html()).contains("href=\"#fn-1\"").contains("id=\"fn-1\"").contains("出典は政府統計。");
    }

    @Test
    void render_japaneseHeading_getsAnchorWithThePrefixOfBodyIds() {
        Body body = render("## 半導体の行方\n");

        assertThat(body.html()).contains("<h2 id=\"h-半導体の行方\">半導体の行方</h2>");
    }

    @Test
    void render_classesAndIdsFromContent_areDroppedAndKiosksOwnKept() {
        Body body = renderer.render("""
                ## main

                本文[^1]。

                <p class="preview-banner" role="status" style="background:#8a1c1c">プレビュー：偽物</p>

                <div id="main" class="container">偽のメイン</div>

                <h2 id="h-ok">見出し</h2>

                ```js
                const x = 1;
                ```

                [^1]: 注。
                """, 1, new Problems("articles/test.md")).body();

        assertThat(body.html()).doesNotContain("preview-banner", "id=\"main\"", "container", "style=", "role=")
                .contains("<h2 id=\"h-main\">main</h2>", "<h2 id=\"h-ok\">", "<p>プレビュー：偽物</p>", "<div>偽のメイン</div>",
                        "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>",
                        "<section class=\"footnotes\">", "<li id=\"fn-1\">", "class=\"footnote-backref\"",
                        "<code class=\"language-js\">");
    }

    @Test
    void render_contentTheSanitiserDrops_isAWarningAtItsLine() {
        Problems problems = new Problems("articles/test.md");

        renderer.render("""
                前文

                <iframe src="https://www.youtube.com/embed/xyz"></iframe>

                本文 <span style="color:red" onclick="steal()">赤</span>と
                <div class="preview-banner">偽</div>

                [電話](tel:0312345678) と [危険](javascript:alert(1))
                """, 10, problems);

        assertThat(problems.list()).extracting(problem -> problem.format().lines().findFirst().orElseThrow()).containsExactly(
                "articles/test.md:12:1: warning: the HTML element <iframe> is not published",
                "articles/test.md:14:4: warning: the attribute style=\"color:red\" of <span> is not published",
                "articles/test.md:14:4: warning: the attribute onclick=\"steal()\" of <span> is not published",
                "articles/test.md:15:1: warning: the attribute class=\"preview-banner\" of <div> is not published",
                "articles/test.md:17:1: warning: the link address 'tel:0312345678' is not published",
                "articles/test.md:17:24: warning: the link address 'javascript:alert(1)' is not published");
    }

    @Test
    void render_scriptsAndHandlers_areRemoved() {
        Body body = render("""
                前文<script>alert(1)</script>

                <img src="/media/a.jpg" onerror="alert(2)" alt="写真">

                [リンク](javascript:alert(3)) <a href="javascript:alert(4)">生HTML</a>

                <iframe src="https://evil.example/"></iframe><style>body{display:none}</style>
                """);

        assertThat(body.html()).doesNotContain("<script", "alert", "onerror", "javascript:", "<iframe", "<style")
                .contains("<img src=\"/media/a.jpg\" alt=\"写真\">");
    }

    @Test
    void render_plainText_hasNoMarkup() {
        Body body = render("## 見出し\n\n**強調**と[リンク](https://example.jp/)。");

        assertThat(body.text()).isEqualTo("見出し 強調とリンク。");
    }

    @Test
    void render_imageAloneInItsParagraph_becomesAFigureWithCaptionAndCredit() {
        Body body = render("前段。\n\n![港に並ぶ舟屋](/media/2026/funaya.jpg \"伊根湾の舟屋（京都府伊根町） | 撮影・山本 健\")\n\n後段。\n");

        assertThat(body.html().replace("\n", "")).isEqualTo("<p>前段。</p><figure class=\"body-photo\"><img src=\"/media/2026/funaya.jpg\" alt=\"港に並ぶ舟屋\">"
                + "<figcaption>伊根湾の舟屋（京都府伊根町） <span class=\"credit\">撮影・山本 健</span></figcaption></figure>"
                + "<p>後段。</p>");
        assertThat(body.images()).containsExactly(
                new Image("/media/2026/funaya.jpg", "港に並ぶ舟屋", "伊根湾の舟屋（京都府伊根町）", "撮影・山本 健", 0, 0));
    }

    @Test
    void render_imageInsideText_staysInlineButIsListed() {
        Body body = render("記号 ![矢印](/media/arrow.png) の意味。\n");

        assertThat(body.html().replace("\n", "")).isEqualTo("<p>記号 <img src=\"/media/arrow.png\" alt=\"矢印\"> の意味。</p>");
        assertThat(body.images().size()).isEqualTo(1);
    }

    @Test
    void render_editorsFigureClass_isStillDropped() {
        Body body = render("<p class=\"body-photo\">偽物</p>\n");

        assertThat(body.html().replace("\n", "")).isEqualTo("<p>偽物</p>");
    }
}
