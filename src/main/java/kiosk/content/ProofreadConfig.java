package kiosk.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The proofreading rules that run on the magazine ({@code content/proofread.yaml}) and, for one article, which
 * of them its front matter turns off.
 *
 * @param rules the rules that run, by {@link ProofreadRule#name()}, each with its settings
 */
public record ProofreadConfig(Map<String, Map<String, Object>> rules) {

    public ProofreadConfig {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        rules.forEach((name, settings) -> copy.put(name, Map.copyOf(settings)));
        rules = java.util.Collections.unmodifiableMap(copy);
    }

    /** What runs when the magazine has no {@code proofread.yaml}. */
    public static ProofreadConfig defaults() {
        return new ProofreadConfig(ProofreadRule.defaults());
    }

    /** The rules that run on an article that made {@code choice}. */
    public ProofreadConfig forArticle(Choice choice) {
        if (!choice.on()) {
            return new ProofreadConfig(Map.of());
        }
        Map<String, Map<String, Object>> kept = new LinkedHashMap<>(rules);
        kept.keySet().removeAll(choice.disabled());
        return new ProofreadConfig(kept);
    }

    /**
     * An article's {@code proofread:} front matter: {@code false} (none of the rules), or
     * {@code {disable: [SentenceLength]}} (all but those).
     */
    public record Choice(boolean on, Set<String> disabled) {

        public static final Choice ALL = new Choice(true, Set.of());

        public Choice {
            Objects.requireNonNull(disabled, "disabled");
            disabled = Set.copyOf(disabled);
        }
    }
}
