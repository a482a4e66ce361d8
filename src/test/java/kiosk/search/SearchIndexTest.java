package kiosk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static SearchDocument document(String id, String title, String body) {
        return new SearchDocument(id, title, "", body);
    }

    @Test
    void search_wordInsideAJapaneseSentence_findsTheDocument() {
        SearchIndex index = SearchIndex.build(List.of(
                document("exams", "教育改革の行方", "来年度から大学入試で情報科目が必須になり、受験生の負担が増える。"),
                document("weather", "週末の天気", "関東地方は晴れる見込みだ。")));

        assertEquals(List.of("exams"), index.search("受験生"));
        assertEquals(List.of("exams"), index.search("大学入試"));
    }

    @Test
    void search_inflectedForm_findsTheBaseForm() {
        SearchIndex index = SearchIndex.build(List.of(document("rain", "大雨", "各地で川が増水し、住民が避難した。")));

        assertEquals(List.of("rain"), index.search("避難する"));
    }

    @Test
    void search_everyWordMustOccur_inAnyField() {
        SearchIndex index = SearchIndex.build(List.of(
                document("both", "半導体の供給網", "台湾の工場で生産が再開した。"),
                document("one", "半導体の需要", "需要は底堅い。")));

        assertEquals(List.of("both"), index.search("半導体 台湾"));
    }

    @Test
    void search_titleMatch_ranksAboveBodyMatch() {
        SearchIndex index = SearchIndex.build(List.of(
                document("body", "経済の動向", "円安が続き、輸入物価が上がった。"),
                document("title", "円安が止まらない", "為替市場の動きを追う。")));

        assertEquals(List.of("title", "body"), index.search("円安"));
    }

    @Test
    void search_equalScores_keepTheInputOrder() {
        SearchIndex index = SearchIndex.build(List.of(
                document("newer", "選挙", "本文"),
                document("older", "選挙", "本文")));

        assertEquals(List.of("newer", "older"), index.search("選挙"));
    }

    @Test
    void search_latinWords_ignoreCase() {
        SearchIndex index = SearchIndex.build(List.of(document("ai", "生成AIの規制", "OpenSource models are debated.")));

        assertEquals(List.of("ai"), index.search("ai"));
        assertEquals(List.of("ai"), index.search("opensource"));
    }

    @Test
    void search_particlesAndPunctuationOnly_findsNothing() {
        SearchIndex index = SearchIndex.build(List.of(document("a", "は", "がのを、。")));

        assertEquals(List.of(), index.search("、。"));
        assertEquals(List.of(), index.search(""));
    }

    @Test
    void search_noMatch_findsNothing() {
        SearchIndex index = SearchIndex.build(List.of(document("a", "野球", "日本シリーズが開幕した。")));

        assertEquals(List.of(), index.search("サッカー"));
    }

    @Test
    void search_queryOfManyWords_usesTheFirst32() {
        SearchIndex index = SearchIndex.build(List.of(document("a", "野球", "日本シリーズが開幕した。")));

        assertEquals(List.of("a"), index.search("野球 ".repeat(40) + "サッカー"));
    }

    @Test
    void update_editedAndDeletedDocuments_newIndexSeesThemAndTheOldOneKeepsItsOwn() {
        SearchIndex before = SearchIndex.build(List.of(
                document("exams", "教育改革の行方", "大学入試で情報科目が必須になる。"),
                document("weather", "週末の天気", "関東地方は晴れる見込みだ。"),
                document("rain", "大雨", "各地で川が増水した。")));

        SearchIndex after = before.update(List.of(
                document("exams", "教育改革の行方", "大学入試で情報科目が必須になる。"),
                document("weather", "週末の天気", "関東地方は雪になる見込みだ。")));

        assertEquals(List.of("weather"), after.search("雪"));
        assertEquals(List.of(), after.search("増水"));
        assertEquals(List.of("exams"), after.search("大学入試"));
        assertEquals(List.of(), before.search("雪"));
        assertEquals(List.of("rain"), before.search("増水"));
    }

    @Test
    void update_manyTimes_everyIndexKeepsAnsweringForItsOwnCorpus() {
        List<SearchIndex> indexes = new java.util.ArrayList<>();
        indexes.add(SearchIndex.build(List.of(document("a", "見出し0", "本文"), document("b", "固定", "本文"))));
        for (int i = 1; i < 40; i++) { // enough commits for segments to be merged and their files deleted
            indexes.add(indexes.get(i - 1).update(List.of(document("a", "見出し" + i, "本文"), document("b", "固定", "本文"))));
        }

        for (int i = 0; i < 40; i++) {
            assertEquals(List.of("a"), indexes.get(i).search("見出し" + i), "index " + i);
            assertEquals(List.of("a", "b"), indexes.get(i).search("本文"), "index " + i);
        }
    }

    @Test
    void update_sameIndexTwice_secondIsRightToo() {
        SearchIndex first = SearchIndex.build(List.of(document("a", "東京", "本文")));

        SearchIndex second = first.update(List.of(document("a", "大阪", "本文")));
        SearchIndex third = first.update(List.of(document("a", "京都", "本文")));

        assertEquals(List.of("a"), second.search("大阪"));
        assertEquals(List.of(), third.search("大阪"));
        assertEquals(List.of("a"), third.search("京都"));
    }

    @Test
    void snippet_marksTheWordsFound_inAPassageAroundThem() {
        String body = "冒頭の段落は関係がない話だ。".repeat(20) + "政府は半導体の輸出規制を強化した。" + "末尾の段落も関係ない。".repeat(20);
        SearchIndex index = SearchIndex.build(List.of(document("chips", "見出し", body)));

        Snippet snippet = index.snippet("半導体 規制", "chips");

        assertEquals(List.of("半導体", "規制"), snippet.highlights().stream()
                .map(range -> snippet.text().substring(range.start(), range.end())).toList());
        assertTrue(snippet.text().startsWith("…") && snippet.text().endsWith("…"), snippet.text());
        assertTrue(snippet.text().length() < 200, snippet.text());
    }

    @Test
    void snippet_html_escapesTheTextAndMarksOnlyTheWords() {
        SearchIndex index = SearchIndex.build(List.of(document("code", "見出し",
                "記事の中で<script>alert(\"x\")</script>と書いた例と半導体の話。")));

        String html = index.snippet("半導体", "code").html();

        assertEquals("記事の中で&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;と書いた例と<mark>半導体</mark>の話。", html);
    }

    @Test
    void snippet_wordsOnlyInTheTitle_isTheBodysStartUnmarked() {
        SearchIndex index = SearchIndex.build(List.of(document("t", "半導体の話", "本文は別の話題だ。")));

        Snippet snippet = index.snippet("半導体", "t");

        assertEquals("本文は別の話題だ。", snippet.text());
        assertEquals(List.of(), snippet.highlights());
    }

    @Test
    void search_kanaQuery_findsTheWordWrittenInKanjiByItsReading() {
        SearchIndex index = SearchIndex.build(List.of(
                document("chips", "供給網の再編", "政府は半導体の輸出規制を強化した。"),
                document("other", "週末の天気", "関東地方は晴れる見込みだ。")));

        assertEquals(List.of("chips"), index.search("はんどうたい"));
        assertEquals(List.of("chips"), index.search("ハンドウタイ"));
        assertEquals(List.of("chips"), index.search("はんどうたい 輸出"));
        assertEquals(List.of(), index.search("はんどうたい 天気"));
    }

    @Test
    void search_kanjiQuery_doesNotFindHomophones() {
        SearchIndex index = SearchIndex.build(List.of(document("regret", "見出し", "彼は深く後悔していると述べた。")));

        assertEquals(List.of(), index.search("公開"));
        assertEquals(List.of("regret"), index.search("後悔"));
        assertEquals(List.of("regret"), index.search("こうかい"), "a kana query finds every word read so");
    }

    @Test
    void snippet_kanaQuery_marksTheKanjiWord() {
        SearchIndex index = SearchIndex.build(List.of(document("chips", "見出し", "政府は半導体の輸出規制を強化した。")));

        Snippet snippet = index.snippet("はんどうたい", "chips");

        assertEquals("政府は<mark>半導体</mark>の輸出規制を強化した。", snippet.html());
    }
}
