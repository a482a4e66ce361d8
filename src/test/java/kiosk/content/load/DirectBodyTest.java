package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import kiosk.content.check.Problems;
import kiosk.testing.SampleContent;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A body without raw HTML skips jsoup's parse, clean and serialise: what it is written as must be what the
 * cleaning path makes of the same Markdown (the same elements, attributes and text, the same images and
 * ids), for every kind of Markdown, tricky addresses and the sample magazine's bodies.
 */
class DirectBodyTest {

    private static final String BASE = "https://kiosk.invalid/";
    private static final Function<String, MediaLibrary.Dimensions> SIZES = src -> src.startsWith("/media/")
            ? new MediaLibrary.Dimensions(1600, 900, null) : MediaLibrary.Dimensions.UNKNOWN;

    private final Parser parser = MarkdownRenderer.parser();
    private final BodySafelist safelist = new BodySafelist();
    private final CleanedBody cleaned = new CleanedBody(MarkdownRenderer.htmlRenderer(), safelist, BASE);
    private final DirectBody direct = new DirectBody(MarkdownRenderer::htmlRenderer, safelist, BASE);

    static Stream<String> markdown() {
        return Stream.concat(Stream.of(
                "段落。\n\n## 見出し *強調*\n\n### 見出し\n\n### 見出し\n\n#\n\n見出し\n===\n",
                "**太字**と*斜体*と`コード <b> & \"引用\"`、&copy; &amp; &nbsp;空白\u00A0と\u200Bゼロ幅\u00ADと'単'\"二重\"。",
                "行末に空白二つ  \n改行、バックスラッシュ\\\n改行、\nソフト改行。\n\n---\n\n***\n\n後。",
                "```js\nconst a = \"<x>\";\n\n  indented\n```\n\n```foo bar\nx\n```\n\n```<script>\ny\n```\n\n    字下げ\n      コード\n",
                "> 引用 **強調**\n>\n> ![引用の写真](/media/q.jpg \"キャプション | 撮影・甲\")\n>\n> > 入れ子\n",
                "- 一\n- ![狭いリスト](/media/tight.jpg \"説明\")\n- 三\n\n1. 緩い\n\n2. ![緩いリスト](/media/loose.jpg \"説明 | 撮影\")\n\n3. 三\n",
                "3. 三から\n4. 四\n\n- [ ] 未完\n- [x] 完了\n",
                "| 左 | 中 | 右 |\n|:---|:--:|---:|\n| `a` | **b** | [c](https://example.jp/) |\n| ![表](/media/t.png) | | 空 |\n",
                "本文[^1]と再び[^1]、別[^n]、未定義[^x]。\n\n[^1]: 注一 **強調**。\n[^n]: 注二\n\n    続き段落。\n[^unused]: 使われない注。\n",
                "[リンク](https://example.jp/a?b=1&c=2 \"題\") [メール](mailto:a@example.jp) [電話](tel:0312345678)"
                        + " [危険](javascript:alert(1)) [データ](data:text/html,x) [FTP](ftp://example.jp/f)"
                        + " [相対](../a/b.html) [絶対](/articles/x/) [断片](#h-見出し) [空白断片](#a%20b)"
                        + " [プロトコル相対](//example.jp/) [空]() <https://example.jp/auto> <a@example.jp>"
                        + " [参照][ref] [大文字](HTTPS://EXAMPLE.JP/) [空白入り](</a b>)\n\n[ref]: https://example.jp/ref \"参照題\"\n",
                "![単独](/media/2026/a.jpg \"港 | 撮影・乙\")\n\n![題だけ](/media/b.jpg \"| 提供・丙\")\n\n"
                        + "![全角](/media/c.jpg \"説明｜撮影\")\n\n![題なし](/media/d.jpg)\n\n![外部](https://example.jp/e.jpg \"外\")\n\n"
                        + "![危険](javascript:alert(1) \"題\")\n\n![データ](data:image/png;base64,AAAA)\n\n![相対](x/y.png)\n\n"
                        + "前 ![行内](/media/i.png) 後\n\n[![リンクの中](/media/l.png)](https://example.jp/)\n\n"
                        + "![一](/media/1.png)\n![二](/media/2.png)\n\n![*強調*の代替](/media/em.png)\n\n![](/media/noalt.png)\n\n"
                        + "![空白の実体](/media/sp.png)&#32;\n\n![改行と空白](/media/ls.png)\n&#32;\n\n![改行の実体](/media/lf.png)&#10;\n\n![改行なしの空白](/media/nb.png)&#160;\n",
                "文中の[見出しへ](#h-見出し)と[注へ](#fn-1)。\n\n## 見出し\n\n本文[^1]。\n\n[^1]: 注。\n",
                "\\<b>エスケープ\\</b> と 1 < 2 > 0 と a&b と &#x3C;script&#x3E;",
                "- 入れ子\n  - 二段\n    1. 三段 `code`\n\n      > 引用\n- 戻る\n",
                "",
                "   \n\n"), sampleBodies());
    }

    private static Stream<String> sampleBodies() {
        try (Stream<Path> files = Files.walk(SampleContent.folder().resolve("articles"))) {
            return files.filter(path -> path.toString().endsWith(".md")).sorted().map(DirectBodyTest::body).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body(Path file) {
        try {
            return FrontMatter.split(Files.readString(file), new Problems(file.toString())).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSampleMagazine_hasBodiesWithoutRawHtml() {
        assertThat(sampleBodies()).hasSizeGreaterThan(50).allSatisfy(body -> assertThat(
                BodyInspection.of(parser.parse(body), safelist, BASE, 1, new Problems("x")).hasRawHtml()).isFalse());
    }

    @ParameterizedTest
    @MethodSource("markdown")
    void writtenDirectly_isWhatCleaningMakesOfIt(String markdown) {
        WrittenBody expected = cleaned.write(parser.parse(markdown), SIZES);

        WrittenBody actual = direct.write(parser.parse(markdown), SIZES).orElseThrow();

        assertThat(normalised(actual.html())).isEqualTo(normalised(expected.html()));
        assertThat(actual.text()).isEqualTo(expected.text());
        assertThat(actual.images()).isEqualTo(expected.images());
        assertThat(actual.ids()).isEqualTo(expected.ids());
    }

    @ParameterizedTest
    @MethodSource("markdown")
    void writtenDirectly_isHtmlThatReadsTheSameAfterAParse(String markdown) {
        String html = direct.write(parser.parse(markdown), SIZES).orElseThrow().html();

        // no XML-style void elements, and nothing a parse would move: the HTML is served as written
        assertThat(html).doesNotContain("/>");
        assertThat(normalised(html)).isEqualTo(html.replace("&quot;", "\"").replace("\u00A0", "&nbsp;"));
    }

    @Test
    void writtenDirectly_withAnElementTheSafelistRefuses_isLeftToTheCleaning() {
        DirectBody withBlink = new DirectBody(() -> MarkdownRenderer.htmlRenderer().nodeRendererFactory(context -> new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(ThematicBreak.class);
            }

            @Override
            public void render(Node node) {
                context.getWriter().tag("blink", context.extendAttributes(node, "blink", Map.of()));
                context.getWriter().tag("/blink");
            }
        }), safelist, BASE);

        assertThat(withBlink.write(parser.parse("前\n\n---\n\n後"), SIZES)).isEmpty();
        assertThat(withBlink.write(parser.parse("前\n\n後"), SIZES)).isPresent();
    }

    private static String normalised(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }
}
