package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kiosk.content.Placeholders;
import kiosk.content.check.Messages;
import kiosk.content.check.Problem;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slips editors make that YAML or the linker alone would report confusingly, or not at all: each at its line. */
class EditorSlipsTest {

    @TempDir
    Path temp;

    private List<String> problems(ContentFolder folder, Messages messages) {
        return folder.load().problems().stream().map(problem -> problem.format(messages)).toList();
    }

    @Test
    void fullWidthColonAfterAKey_isNamedAtItsColumn_notAsASyntaxError() {
        ContentFolder folder = ContentFolder.create(temp).article("colon", """
                title: 特集：半導体の地政学
                date：2026-11-20T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 要約。
                """, "本文。\n");

        assertThat(problems(folder, Messages.ENGLISH)).containsExactly(
                "articles/colon.md:3:5: error: a full-width colon (：) after 'date', where YAML needs ':'"
                        + System.lineSeparator() + "  hint: write 'date: ' with a half-width colon and a space");
        assertThat(problems(folder, Messages.JAPANESE)).containsExactly(
                "articles/colon.md:3:5: エラー: 「date」の後ろのコロンが全角（：）です"
                        + System.lineSeparator() + "  ヒント: 半角のコロンと半角スペースで「date: 」と書いてください");
    }

    @Test
    void fullWidthSpaces_inIndentationOrAfterTheColon_areNamed_butValuesMayHoldThem() {
        ContentFolder folder = ContentFolder.create(temp).article("spaces", """
                title: 日本経済を読む　人口減少下の成長
                date:　2026-11-20T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 要約。
                image:
                　src: /media/a.jpg
                """, "本文。\n");

        assertThat(folder.load().problems()).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, 6, "a full-width space (U+3000) where YAML needs an ordinary space"),
                org.assertj.core.groups.Tuple.tuple(8, 1, "a full-width space (U+3000) where YAML needs an ordinary space"));
    }

    @Test
    void fullWidthSpaceInADataFile_isNamedToo() {
        ContentFolder folder = ContentFolder.create(temp).article("a", "2026-11-20T09:00:00+09:00")
                .write("tags.yaml", "- name: 外交\n　 slug: gaiko\n");

        assertThat(problems(folder, Messages.JAPANESE)).singleElement().asString()
                .startsWith("tags.yaml:2:1: エラー: 区切りに全角スペースが使われています");
    }

    @Test
    void tagOnOneArticleThatLooksLikeAnEstablishedTag_isAWarningWithTheLikelyTag() {
        ContentFolder folder = ContentFolder.create(temp)
                .articleWith("one", "2026-11-20T09:00:00+09:00", "")
                .articleWith("two", "2026-11-21T09:00:00+09:00", "")
                .article("slip", """
                        title: 見出し
                        date: 2026-11-22T09:00:00+09:00
                        section: world
                        authors: [sato]
                        tags: [日銀, 外交政, 生成ＡＩ規制]
                        summary: 要約。
                        """, "本文。\n")
                .write("tags.yaml", "- name: 生成AI規制\n  slug: ai-rules\n- name: AI\n  slug: ai\n");

        assertThat(problems(folder, Messages.ENGLISH)).contains(
                "articles/slip.md:6:12: warning: the tag '外交政' is on no other article and looks like the tag '外交'"
                        + System.lineSeparator() + "  hint: did you mean '外交'? if '外交政' is a tag of its own, list it in tags.yaml",
                "articles/slip.md:6:17: warning: the tag '生成ＡＩ規制' is on no other article and looks like the tag '生成AI規制'"
                        + System.lineSeparator() + "  hint: did you mean '生成AI規制'? if '生成ＡＩ規制' is a tag of its own, list it in tags.yaml")
                .as("a two-letter tag is not taken for another two-letter one").noneMatch(line -> line.contains("'日銀'"));
    }

    @Test
    void placeholdersOfKioskNew_inAPublishableArticle_areErrorsAtTheirLines_butADraftMayHoldThem() {
        String frontMatter = """
                title: 見出し
                date: 2026-11-22T09:00:00+09:00
                section: world
                authors: [sato]
                summary: %s
                """.formatted(Placeholders.SUMMARY);
        ContentFolder folder = ContentFolder.create(temp)
                .article("published", frontMatter, "一段落目。\n\n" + Placeholders.BODY + "\n")
                .article("draft", frontMatter + "draft: true\n", Placeholders.BODY + "\n");

        assertThat(problems(folder, Messages.JAPANESE)).containsExactly(
                "articles/published.md:6:10: エラー: 要約が「kiosk new」の書いた仮の文のままです: " + Placeholders.SUMMARY
                        + System.lineSeparator() + "  ヒント: 要約を書いてください。書き終えるまでは下書き（draft: true）のままにします",
                "articles/published.md:10:1: エラー: 本文に「kiosk new」の書いた仮の文が残っています: " + Placeholders.BODY
                        + System.lineSeparator() + "  ヒント: 仮の文を本文に書き換えてください。書き終えるまでは下書き（draft: true）のままにします");
    }

    @Test
    void everyMessageOfTheBundle_hasAJapaneseText() throws Exception {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties japanese = new java.util.Properties();
        try (var in = Messages.class.getResourceAsStream("messages.properties");
             var ja = Messages.class.getResourceAsStream("messages_ja.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            japanese.load(new java.io.InputStreamReader(ja, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(japanese.keySet()).isEqualTo(english.keySet());
    }
}
