package kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import kiosk.testing.ContentFolder;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {

    @TempDir
    Path temp;

    private final CommandRun kiosk = new CommandRun();

    @Test
    void check_sampleContent_exitsZeroWithOneLineSummary() {
        int exit = kiosk.run("check", "--lang", "en", "--content", SampleContent.folder().toString());

        assertThat(exit).isZero();
        assertThat(kiosk.output().strip())
                .isEqualTo("72 articles (1 drafts), 9 sections, 15 authors, 6 issues, 2 series, 3 collections, 2 specials, "
                        + "24 tags: 0 errors, 0 warnings");
    }

    @Test
    void check_proofread_addsStyleWarningsInJapanese_andStillExitsZero() {
        Path folder = ContentFolder.create(temp).article("a", """
                title: 新型ｽﾏﾎを発表
                date: 2026-11-20T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 新型機である。
                """, "本文である。\n").root();

        int exit = kiosk.run("check", "--proofread", "--content", folder.toString());

        assertThat(exit).isZero();
        assertThat(kiosk.output()).contains("articles/a.md:2:10: 警告: 半角カナの文字 \"ｽ\" が見つかりました。（HankakuKana）")
                .contains("エラー 0 件、警告 1 件");
        kiosk.clear();
        kiosk.run("check", "--content", folder.toString());
        assertThat(kiosk.output()).doesNotContain("HankakuKana").contains("警告 0 件");
    }

    @Test
    void check_brokenContent_listsEveryProblemAndExitsOne() {
        Path folder = ContentFolder.create(temp)
                .article("good", "2026-11-20T09:00:00+09:00")
                .article("bad-section", """
                        title: 見出し
                        date: 2026-11-20
                        section: wrold
                        authors: [sato]
                        summary: 要約
                        """, "本文")
                .article("bad-key", """
                        title: 見出し
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summary: 要約
                        dateLine: 東京
                        """, "本文")
                .root();

        int exit = kiosk.run("check", "--lang", "en", "--content", folder.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(kiosk.output()).contains("""
                articles/bad-key.md:7:1: error: unknown key 'dateLine' in front matter
                  hint: did you mean 'dateline'?""")
                .contains("articles/bad-section.md:4:10: error: 'section' names an unknown section 'wrold'")
                .contains("1 articles (0 drafts), 2 sections, 2 authors, 1 issues, 0 series, 0 collections, 0 specials, "
                        + "1 tags: 2 errors, 0 warnings");
    }

    @Test
    void check_japaneseSite_speaksJapaneseUnlessToldOtherwise() {
        Path folder = ContentFolder.create(temp).article("bad-section", """
                title: 見出し
                date: 2026-11-20
                section: wrold
                authors: [sato]
                summary: 要約
                """, "本文").write("site.yaml", "title: 週刊テスト\nlanguage: ja\n").root();

        assertThat(kiosk.run("check", "--content", folder.toString())).isEqualTo(1);
        assertThat(kiosk.output()).contains("""
                articles/bad-section.md:4:10: エラー: 「section」のセクション「wrold」はありません
                  ヒント: 「world」の誤りではありませんか。セクションは sections.yaml に書かれたものから選びます""")
                .contains("記事 0 本（下書き 0）、セクション 2、筆者 2、号 1、連載 0、特集 0、別冊 0、タグ 0：エラー 1 件、警告 0 件");
        kiosk.clear();
        assertThat(kiosk.run("check", "--lang", "en", "--content", folder.toString())).isEqualTo(1);
        assertThat(kiosk.output()).contains("articles/bad-section.md:4:10: error: 'section' names an unknown section 'wrold'");
    }

    @Test
    void check_editorsNotesOfTheNewsletter_areCheckedToo() {
        Path folder = ContentFolder.create(temp)
                .write("newsletters/2026-11-24.md", "---\ntitle: 編集部から\nsubjekt: 件名\n---\n本文\n")
                .write("newsletters/2026-12-01.md", "---\nauthor: sato\n---\n本文\n")
                .write("newsletters/memo.md", "---\ntitle: メモ\n---\n")
                .root();

        int exit = kiosk.run("check", "--lang", "en", "--content", folder.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(kiosk.output()).contains("newsletters/2026-11-24.md:3:1: error: unknown key 'subjekt' in front matter")
                .contains("newsletters/2026-12-01.md:2:1: error: missing required field 'title'")
                .contains("newsletters/memo.md:1:1: error: not an editor's note")
                .contains(": 3 errors, 0 warnings");
    }

    @Test
    void check_controlCharactersInFileNamesAndValues_printsThemEscaped() {
        Path folder = ContentFolder.create(temp)
                .article("good", "2026-11-20T09:00:00+09:00")
                .article("\u001b[2J\u001b[31mfake\u202e", """
                        title: 見出し
                        date: 2026-11-20
                        section: "\\e]0;owned\\a\\e[31mworld"
                        authors: [sato]
                        summary: 要約
                        """, "本文")
                .root();

        int exit = kiosk.run("check", "--lang", "en", "--content", folder.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(kiosk.output()).doesNotContain("\u001b", "\u0007", "\u202e")
                .contains("articles/\\u001b[2J\\u001b[31mfake\\u202e.md:1:1: error: the file name")
                .contains("'\\u001b]0;owned\\u0007\\u001b[31mworld'");
    }

    @Test
    void commandLine_startingWithASubcommand_buildsThatOneOnly() {
        assertThat(Main.commandLine(new String[] {"check", "--content", "x"}).getSubcommands()).containsOnlyKeys("check");
        assertThat(Main.commandLine(new String[] {"--help"}).getSubcommands().keySet())
                .containsExactly("check", "hook", "new", "preview-link", "bake", "serve", "newsletter", "help");
        assertThat(Main.commandLine(new String[] {"chek"}).getSubcommands()).hasSize(8);
        assertThat(Main.commandLine(new String[] {"help", "check"}).getSubcommands()).hasSize(8);
    }

    @Test
    void help_everyCommandBuiltAlone_printsWhatTheWholeCommandLinePrints() {
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            StringWriter whole = new StringWriter();
            StringWriter alone = new StringWriter();
            CommandLine all = Main.commandLine();
            all.setOut(new PrintWriter(whole, true));
            all.execute(command, "--help");
            CommandLine one = Main.commandLine(new String[] {command, "--help"});
            one.setOut(new PrintWriter(alone, true));
            one.execute(command, "--help");

            assertThat(alone.toString()).as(command).isEqualTo(whole.toString());
        }
    }

    @Test
    void help_everyCommand_printsUsage() {
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            kiosk.clear();
            int exit = kiosk.run(command, "--help");

            assertThat(exit).as(command).isZero();
            assertThat(kiosk.output()).as(command).contains("Usage: kiosk " + command);
        }
    }
}
