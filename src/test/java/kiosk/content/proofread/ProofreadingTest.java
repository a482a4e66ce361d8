package kiosk.content.proofread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kiosk.content.check.Messages;
import kiosk.content.check.Problem;
import kiosk.content.check.Severity;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule's warning at the line and column of the words in the article file; rules turned off stay silent. */
class ProofreadingTest {

    /** Front matter on lines 2 to 6: the title's value starts at 2:8, the summary's at 6:10; the body on line 8. */
    private static final String FRONT = """
            title: %s
            date: 2026-11-20T09:00:00+09:00
            section: world
            authors: [sato]
            summary: %s
            %s""";

    @TempDir
    Path temp;

    private ContentFolder article(String title, String summary, String more, String body) {
        return ContentFolder.create(temp).article("a", FRONT.formatted(title, summary, more), body);
    }

    private static List<Problem> proofread(ContentFolder folder, Messages messages) {
        LoadResult loaded = folder.load();
        assertThat(loaded.problems()).filteredOn(Problem::isError).isEmpty();
        return new Proofreading().proofread(ContentLoader.folder(folder.root()), loaded, messages);
    }

    private static String rule(Problem problem) {
        String message = problem.message();
        return message.substring(message.lastIndexOf('(') + 1, message.length() - 1);
    }

    @Test
    void halfWidthKanaInTheTitle_isAtItsColumnOnTheTitleLine_onceForTheRun() {
        List<Problem> found = proofread(article("新型ｽﾏﾎを発表", "新型の携帯電話が出た。", "", "本文である。\n"),
                Messages.ENGLISH);

        assertThat(found).extracting(Problem::path, Problem::line, Problem::column, ProofreadingTest::rule)
                .containsExactly(tuple("articles/a.md", 2, 10, "HankakuKana"));
        assertThat(found).allMatch(problem -> problem.severity() == Severity.WARNING);
    }

    @Test
    void raNukiInTheSummary_isAtTheVerb_withTheRightFormInJapanese() {
        List<Problem> found = proofread(article("新製品", "新型機は誰でも食べれる価格だ。", "", "本文である。\n"),
                Messages.JAPANESE);

        assertThat(found).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.column()).isEqualTo(17);
            assertThat(problem.messageIn(Messages.JAPANESE))
                    .isEqualTo("ら抜き言葉 \"食べれる\" があります。「食べられる」と書きます（RaNuki）");
        });
    }

    @Test
    void mixedStyleInTheBody_isTheMinorityEnding_onTheLineAfterTheFrontMatter() {
        String body = "景気は回復基調にあった。物価も落ち着いていた。市場は安定していたのだった。\n\n"
                + "先行きは明るいです。\n";
        List<Problem> found = proofread(article("景気", "景気を読む。", "", body), Messages.ENGLISH);

        assertThat(found).extracting(Problem::line, Problem::column, ProofreadingTest::rule)
                .containsExactly(tuple(10, 8, "JapaneseStyle"));
    }

    @Test
    void aDoubledWordInAListItem_isOnTheItemsLine_pastTheMarkerAndEmphasis() {
        String body = "前文である。\n\n- 一つ目の項目である。\n- **速報**：半導体メーカーは半導体の増産を決めた。\n";
        List<Problem> found = proofread(article("半導体", "増産の話である。", "", body), Messages.ENGLISH);

        assertThat(found).extracting(Problem::line, Problem::column, ProofreadingTest::rule)
                .containsExactly(tuple(11, 18, "DoubledWord"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "新型の iPhone を発表した。|SpaceBetweenAlphabeticalWord|5",
            "東京東京で会議が開かれた。|SuccessiveWord|3",
            "雨が降ったが、試合は行われたが、観客は少なかった。|DoubledConjunctiveParticleGa|1",
            "今年も、来年も、再来年も、その先も、ずっと、続く。|CommaNumber|1",
            "協議は続いた。協議は続いた。|SuccessiveSentence|8",
            "反対しないわけではない。|DoubleNegative|1"})
    void eachRuleOnByDefault_warnsAtItsColumn_onTheBodyLine(String sentence, String rule, int column) {
        List<Problem> found = proofread(article("見出し", "要約である。", "", sentence + "\n"), Messages.ENGLISH);

        assertThat(found).extracting(Problem::line, Problem::column, ProofreadingTest::rule)
                .containsExactly(tuple(8, column, rule));
    }

    @Test
    void ichidanVerbsBeforeNai_areNotRaNuki_asRedPensJapaneseBrokenExpressionHasIt() {
        List<Problem> found = proofread(article("予算", "予算が足りない。", "", "約束を忘れない。昼に見られる。\n"),
                Messages.ENGLISH);

        assertThat(found).isEmpty();
    }

    @Test
    void codeUrlsAndHtml_areNotProofread() {
        String body = "設定は `ｺｰﾄﾞ` に書く。資料は https://example.jp/ｶﾅ、<https://example.jp/ｺﾞ> にある。<img alt=\"ｶﾅ\">\n\n"
                + "```\nｺｰﾄﾞ\n```\n\n<div>ｶﾅ</div>\n";
        List<Problem> found = proofread(article("設定", "設定の話である。", "", body), Messages.ENGLISH);

        assertThat(found).isEmpty();
    }

    @Test
    void aRuleTheFrontMatterDisables_isSilent_andProofreadFalseSilencesAll() {
        String body = "新型ｽﾏﾎが食べれる。\n";
        assertThat(proofread(article("見出し", "要約である。", "", body), Messages.ENGLISH))
                .extracting(ProofreadingTest::rule).contains("HankakuKana", "RaNuki");
        assertThat(proofread(article("見出し", "要約である。", "proofread: {disable: [HankakuKana]}", body),
                Messages.ENGLISH)).extracting(ProofreadingTest::rule).containsOnly("RaNuki");
        assertThat(proofread(article("見出し", "要約である。", "proofread: false", body), Messages.ENGLISH)).isEmpty();
    }

    @Test
    void proofreadYaml_setsARulesLimit_andTurnsRulesOnAndOff() {
        String body = "この文は二十文字を少し超える長さの文である。\n";
        ContentFolder folder = article("見出し", "要約である。", "", body);
        assertThat(proofread(folder, Messages.ENGLISH)).isEmpty();

        folder.write("proofread.yaml", "rules:\n  SentenceLength: {max_len: 20}\n");
        assertThat(proofread(folder, Messages.ENGLISH)).extracting(Problem::line, Problem::column, ProofreadingTest::rule)
                .containsExactly(tuple(8, 1, "SentenceLength"));

        folder.write("proofread.yaml", "rules:\n  SentenceLength: false\n  HankakuKana: off\n");
        folder.write("articles/a.md", "---\n" + FRONT.formatted("ｶﾅ", "要約である。", "") + "\n---\n" + body);
        assertThat(proofread(folder, Messages.ENGLISH)).isEmpty();
    }

    @Test
    void everyRuleKioskOffers_runs_whenProofreadYamlTurnsItOn() {
        String rules = kiosk.content.ProofreadRule.names().stream().map(name -> "  " + name + ": true\n")
                .collect(java.util.stream.Collectors.joining());
        ContentFolder folder = article("一つの見出し", "要約である。", "",
                "東京都港区の中央官庁街の一角にある建物の中の会議室の窓の外で、雨が降り続けた。\n")
                .write("proofread.yaml", "rules:\n" + rules);

        assertThat(proofread(folder, Messages.ENGLISH)).extracting(ProofreadingTest::rule)
                .contains("JapaneseAmbiguousNounConjunction", "JapaneseNumberExpression");
    }

    @Test
    void mistakesInProofreadYaml_areLocatedErrors_foundWithoutProofreading() {
        ContentFolder folder = article("見出し", "要約である。", "", "本文である。\n").write("proofread.yaml", """
                rules:
                  SentenceLenght: {max_len: 80}
                  DoubledWord: {min_len: many, size: 2}
                  HankakuKana: maybe
                """);

        assertThat(folder.load().problems()).extracting(Problem::path, Problem::line, Problem::column, Problem::message)
                .containsExactly(
                        tuple("proofread.yaml", 2, 3, "unknown proofreading rule 'SentenceLenght'"),
                        tuple("proofread.yaml", 3, 26, "setting 'min_len' of 'DoubledWord' must be a positive whole number"),
                        tuple("proofread.yaml", 3, 32, "proofreading rule 'DoubledWord' has no setting 'size'"),
                        tuple("proofread.yaml", 4, 16, "proofreading rule 'HankakuKana' must be true, false or its settings, but is 'maybe'"));
        assertThat(folder.load().problems().get(0).hint()).startsWith("did you mean 'SentenceLength'?");
    }

    @Test
    void anUnknownRuleInTheFrontMatter_isALocatedError() {
        ContentFolder folder = article("見出し", "要約である。", "proofread: {disable: [SentenceLength, HankakuKane]}",
                "本文である。\n");

        assertThat(folder.load().problems()).extracting(Problem::line, Problem::column, Problem::message)
                .containsExactly(tuple(7, 39, "unknown proofreading rule 'HankakuKane'"));
    }

    @Test
    void check_ofSomeArticles_proofreadsThoseOnly() {
        // check --changed in a commit hook: the articles a change touches, not the whole archive again
        ContentFolder folder = article("新型ｽﾏﾎを発表", "新型の携帯電話が出た。", "", "本文である。\n")
                .article("b", FRONT.formatted("旧型ｽﾏﾎの値下げ", "旧型の携帯電話が安くなった。", ""), "本文である。\n");
        LoadResult loaded = folder.load();

        List<Problem> found = Proofreading.check(ContentLoader.folder(folder.root()), loaded, Messages.ENGLISH,
                "articles/b.md"::equals);

        assertThat(found).extracting(Problem::path, ProofreadingTest::rule).containsExactly(tuple("articles/b.md",
                "HankakuKana"));
    }

    @Test
    void proofreadingAgain_proofreadsOnlyWhatChanged_andKeepsTheOthersWarnings() {
        // serve --proofread proofreads at each reload: not the whole archive again for one edit
        ContentFolder folder = article("新型ｽﾏﾎを発表", "新型の携帯電話が出た。", "", "本文である。\n")
                .article("b", FRONT.formatted("旧型ｽﾏﾎの値下げ", "旧型の携帯電話が安くなった。", ""), "本文である。\n")
                .article("c", FRONT.formatted("新製品", "新型機の発表。", ""), "本文である。\n");
        Proofreading proofreading = new Proofreading();

        List<Problem> first = proofreading.proofread(ContentLoader.folder(folder.root()), folder.load(),
                Messages.ENGLISH);
        int proofreadFirst = proofreading.lastProofread();
        folder.article("c", FRONT.formatted("新製品ｶﾒﾗ", "新型機の発表。", ""), "本文である。\n");
        List<Problem> afterAnEdit = proofreading.proofread(ContentLoader.folder(folder.root()),
                folder.load(), Messages.ENGLISH);
        int proofreadAfterAnEdit = proofreading.lastProofread();
        folder.write("proofread.yaml", "rules:\n  HankakuKana: false\n");
        List<Problem> afterTheRules = proofreading.proofread(ContentLoader.folder(folder.root()),
                folder.load(), Messages.ENGLISH);

        assertThat(proofreadFirst).isEqualTo(3);
        assertThat(first).extracting(Problem::path).containsExactlyInAnyOrder("articles/a.md", "articles/b.md");
        assertThat(proofreadAfterAnEdit).as("only the edited article").isEqualTo(1);
        assertThat(afterAnEdit).extracting(Problem::path)
                .containsExactlyInAnyOrder("articles/a.md", "articles/b.md", "articles/c.md");
        assertThat(proofreading.lastProofread()).as("new rules: every article again").isEqualTo(3);
        assertThat(afterTheRules).isEmpty();
    }

    /**
     * A reload for one edit reads the edited file alone: the others' digests, as the load read them, are those
     * they were proofread with. Here the unchanged article's file is gone by the second call, so only a
     * proofreading that does not read it again keeps its warning (one that read every file dropped it).
     */
    @Test
    void proofreadingAgain_readsNoFileWhoseDigestIsAsProofread() throws Exception {
        ContentFolder folder = article("新型ｽﾏﾎを発表", "新型の携帯電話が出た。", "", "本文である。\n")
                .article("b", FRONT.formatted("新製品", "新型機の発表。", ""), "本文である。\n");
        Proofreading proofreading = new Proofreading();
        LoadResult loaded = folder.load();
        proofreading.proofread(ContentLoader.folder(folder.root()), loaded, Messages.ENGLISH);
        Files.delete(folder.root().resolve("articles/a.md"));

        List<Problem> again = proofreading.proofread(ContentLoader.folder(folder.root()), loaded, Messages.ENGLISH);

        assertThat(proofreading.lastProofread()).isZero();
        assertThat(again).extracting(Problem::path, ProofreadingTest::rule)
                .containsExactly(tuple("articles/a.md", "HankakuKana"));
    }
}
