package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kiosk.content.Article;
import kiosk.content.Limits;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that are unusual but valid load exactly as meant. */
class ArticleEdgeCasesTest {

    private static final String FRONT_MATTER = """
            ---
            title: 𠮷野家の新メニュー🍜
            date: 2026-11-20T09:00:00+09:00
            section: world
            authors: [sato]
            tags: [外食, 外食]
            summary: 要約。
            ---
            """;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "line ending {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void load_anyLineEnding_readsSameArticle(String lineEnding) {
        String text = (FRONT_MATTER + "本文の一行目。\n\n## 見出し\n").replace("\n", lineEnding);

        Article article = only(ContentFolder.create(temp).write("articles/edge.md", text).load());

        assertThat(article.title()).isEqualTo("𠮷野家の新メニュー🍜");
        assertThat(article.body().html()).contains("<h2").contains("見出し</h2>");
    }

    @Test
    void load_byteOrderMark_isIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (FRONT_MATTER + "本文。\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        Article article = only(ContentFolder.create(temp).writeBytes("articles/bom.md", bytes).load());

        assertThat(article.slug()).isEqualTo("bom");
    }

    @Test
    void load_duplicateTags_keepsEachOnce() {
        Article article = only(ContentFolder.create(temp).write("articles/tags.md", FRONT_MATTER + "本文。").load());

        assertThat(article.tags()).extracting("name").containsExactly("外食");
        assertThat(article.tags().get(0).slug()).isEqualTo("外食");
        assertThat(article.tags().get(0).url()).isEqualTo("/tags/%E5%A4%96%E9%A3%9F/");
    }

    @Test
    void load_bareDate_meansMidnightInSiteTimeZone() {
        Article article = only(ContentFolder.create(temp).article("bare", "2026-11-20").load());

        assertThat(article.date()).hasToString("2026-11-20T00:00+09:00");
    }

    @Test
    void load_articleJustUnderTheSizeLimit_loadsWhole() {
        String paragraph = "長い記事の段落です。".repeat(50) + "\n\n";
        int paragraphBytes = paragraph.getBytes(StandardCharsets.UTF_8).length;
        String body = paragraph.repeat((int) (Limits.ARTICLE_FILE_BYTES - FRONT_MATTER.length() * 3) / paragraphBytes);

        Article article = only(ContentFolder.create(temp).write("articles/long.md", FRONT_MATTER + body).load());

        assertThat(article.body().text().length()).isGreaterThan(300_000);
        assertThat(article.body().readingTimeMinutes()).isGreaterThan(600);
    }

    @Test
    void load_notUtf8_reportsEncoding() {
        byte[] shiftJis = (FRONT_MATTER + "本文").getBytes(java.nio.charset.Charset.forName("Shift_JIS"));

        LoadResult result = ContentFolder.create(temp).writeBytes("articles/sjis.md", shiftJis).load();

        assertThat(result.problems()).extracting(problem -> problem.format())
                .anySatisfy(line -> assertThat(line).startsWith("articles/sjis.md:1:1: error: the file is not valid UTF-8"));
    }

    @Test
    void load_oneByteNotUtf8InAnOtherwiseUtf8File_reportsEncoding() {
        byte[] text = (FRONT_MATTER + "本文の途中に X がある。").getBytes(StandardCharsets.UTF_8);
        text[text.length - 10] = (byte) 0xFF;

        LoadResult result = ContentFolder.create(temp).writeBytes("articles/broken.md", text).load();

        assertThat(result.problems()).extracting(problem -> problem.format())
                .anySatisfy(line -> assertThat(line).startsWith("articles/broken.md:1:1: error: the file is not valid UTF-8"));
    }

    @Test
    void load_replacementCharacterWrittenAsUtf8_isKeptAsText() {
        Article article = only(ContentFolder.create(temp)
                .write("articles/replacement.md", FRONT_MATTER + "文字化けは\uFFFDと表示される。\n").load());

        assertThat(article.body().text()).isEqualTo("文字化けは\uFFFDと表示される。");
    }

    @Test
    void load_missingSummary_warnsAndUsesStartOfBody() {
        LoadResult result = ContentFolder.create(temp).article("no-summary", """
                title: 見出し
                date: 2026-11-20
                section: world
                authors: [sato]
                """, "本文の最初の文。次の文。").load();

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warningCount()).isEqualTo(1);
        assertThat(result.content().articles().get(0).summary()).isEqualTo("本文の最初の文。次の文。");
    }

    private static Article only(LoadResult result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.content().articles()).hasSize(1);
        return result.content().articles().get(0);
    }
}
