package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import kiosk.content.Body;
import kiosk.content.check.Problems;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Body render(String markdown) {
        Problems problems = new Problems("articles/test.md");
        Body body = renderer.render(markdown, 1, problems);
        assertThat(problems.hasErrors()).as(problems.list().toString()).isFalse();
        return body;
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
    void render_japaneseHeading_getsAnchor() {
        Body body = render("## 半導体の行方\n");

        assertThat(body.html()).contains("<h2 id=\"半導体の行方\">半導体の行方</h2>");
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
}
