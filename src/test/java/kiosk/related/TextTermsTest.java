package kiosk.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTermsTest {

    @Test
    void of_mixedScripts_bigramsOfKanjiAndKatakanaWordsOfLatinNoHiragana() {
        Map<String, Integer> terms = TextTerms.of("半導体メーカーがAI投資を拡大。𠮷野家もGPUを買う");

        assertThat(terms).containsEntry("半導", 1).containsEntry("導体", 1).containsEntry("メー", 1)
                .containsEntry("ーカ", 1).containsEntry("カー", 1).containsEntry("ai", 1).containsEntry("gpu", 1)
                .containsEntry("投資", 1).containsEntry("拡大", 1).containsEntry("𠮷野", 1).containsEntry("野家", 1)
                .doesNotContainKeys("が", "を", "も", "。");
    }

    @Test
    void of_sameTextAgain_sameTerms() {
        String text = "東京でデジタル通貨の実験が始まった。Bank of Japan は慎重だ。";

        assertThat(TextTerms.of(text)).isEqualTo(TextTerms.of(text)).containsEntry("bank", 1).containsEntry("通貨", 1)
                .containsEntry("of", 1).doesNotContainKey("は");
    }
}
