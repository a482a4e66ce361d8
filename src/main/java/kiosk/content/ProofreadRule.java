package kiosk.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Japanese style rule {@code kiosk check --proofread} can run (RedPen's validator of that name), whether it
 * runs when {@code content/proofread.yaml} does not say, and the settings an editor may change with their
 * defaults. Only these rules and settings are accepted: a rule reading a dictionary file named in a setting
 * would read files outside the content folder.
 *
 * @param settings each setting's default: an Integer, a Double or a Boolean, which the value must be too
 */
public record ProofreadRule(String name, boolean onByDefault, Map<String, Object> settings) {

    public ProofreadRule {
        settings = Map.copyOf(settings);
    }

    /** The rules, the defaults tuned on the sample magazine: the warnings left are worth an editor's look. */
    public static final List<ProofreadRule> ALL = List.of(
            // です・ます and である mixed in one article
            new ProofreadRule("JapaneseStyle", true, Map.of()),
            // a word used twice in one sentence
            new ProofreadRule("DoubledWord", true, Map.of("min_len", 3)),
            // a particle (が, を, に ...) twice in one sentence
            new ProofreadRule("DoubledJoshi", false, Map.of("min_interval", 1)),
            // the same word twice in a row
            new ProofreadRule("SuccessiveWord", true, Map.of()),
            // half-width katakana
            new ProofreadRule("HankakuKana", true, Map.of()),
            // ら抜き言葉 (見れる for 見られる)
            new ProofreadRule("RaNuki", true, Map.of()),
            // a sentence longer than max_len characters
            new ProofreadRule("SentenceLength", true, Map.of("max_len", 120)),
            // spaces around Latin words and numbers: forbidden (true, the magazine's style), or required (false)
            new ProofreadRule("SpaceBetweenAlphabeticalWord", true, Map.of("forbidden", true)),
            // more than max_num 読点 in one sentence
            new ProofreadRule("CommaNumber", true, Map.of("max_num", 4)),
            // two adversative が in one sentence
            new ProofreadRule("DoubledConjunctiveParticleGa", true, Map.of()),
            // の between nouns three times in a row (common in news: 年末の文学賞の有力候補)
            new ProofreadRule("JapaneseAmbiguousNounConjunction", false, Map.of()),
            // two near-identical sentences in a row
            new ProofreadRule("SuccessiveSentence", true, Map.of()),
            // a double negative
            new ProofreadRule("DoubleNegative", true, Map.of()),
            // expressions out of place in writing (a blog's list: 最高 too)
            new ProofreadRule("InvalidExpression", false, Map.of()),
            // okurigana against the standard (matches inside words: 明かり)
            new ProofreadRule("Okurigana", false, Map.of()),
            // a katakana word spelt two ways (misfires: パ・リーグ and セ・リーグ)
            new ProofreadRule("KatakanaSpellCheck", false, Map.of("min_ratio", 0.3, "min_freq", 5)),
            // counters written in kanji (一つ for 1つ)
            new ProofreadRule("JapaneseNumberExpression", false, Map.of()),
            // a run of more than max_len kanji
            new ProofreadRule("LongKanjiChain", false, Map.of("max_len", 5)),
            // kanji outside the 常用漢字
            new ProofreadRule("JapaneseJoyoKanji", false, Map.of()));

    public static Optional<ProofreadRule> named(String name) {
        return ALL.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(ProofreadRule::name).toList();
    }

    /** The rules that run when {@code proofread.yaml} does not exist, with their default settings. */
    public static Map<String, Map<String, Object>> defaults() {
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        ALL.stream().filter(ProofreadRule::onByDefault).forEach(rule -> rules.put(rule.name(), rule.settings()));
        return rules;
    }
}
