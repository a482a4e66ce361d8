package kiosk.content.load;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kiosk.content.Limits;
import kiosk.content.ProofreadConfig;
import kiosk.content.ProofreadRule;
import kiosk.content.check.Message;
import kiosk.content.check.Problems;
import kiosk.content.check.Suggestions;
import kiosk.content.files.FileTree;

/**
 * Reads what editors say of proofreading: {@code content/proofread.yaml} (which rules run, with which
 * settings) and an article's {@code proofread:} front matter. Every mistake is a located error, found by
 * {@code check} whether or not it proofreads.
 */
public final class ProofreadSettings {

    public static final String FILE = "proofread.yaml";
    private static final List<String> FILE_KEYS = List.of("rules");
    private static final List<String> ARTICLE_KEYS = List.of("disable");

    private ProofreadSettings() {
    }

    /** The magazine's rules: its {@code proofread.yaml}, or the defaults without one; mistakes left out. */
    public static ProofreadConfig of(FileTree files) {
        Optional<String> text = SourceText.read(files, files.root().resolve(FILE), Limits.DATA_FILE_BYTES);
        return text.map(yaml -> read(yaml, new Problems(FILE))).orElseGet(ProofreadConfig::defaults);
    }

    /**
     * {@code rules:} maps a rule's name to {@code true} (on, default settings), {@code false} (off) or its
     * settings ({@code SentenceLength: {max_len: 100}}); rules not named keep their default.
     */
    static ProofreadConfig read(String text, Problems problems) {
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>(ProofreadRule.defaults());
        YamlNode root = YamlTreeReader.read(text, problems);
        if (root == null) {
            return new ProofreadConfig(rules);
        }
        Optional<Fields> fields = Fields.of(root, problems, FILE, FILE_KEYS);
        YamlNode.Entry entry = fields.isEmpty() || !(root instanceof YamlNode.Mapping mapping) ? null
                : mapping.entries().get("rules");
        if (entry == null || entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return new ProofreadConfig(rules);
        }
        if (!(entry.value() instanceof YamlNode.Mapping named)) {
            problems.error(entry.value().line(), entry.value().column(), Message.of("proofread.rulesNotMapping"));
            return new ProofreadConfig(rules);
        }
        for (YamlNode.Entry rule : named.entries().values()) {
            Optional<ProofreadRule> known = known(rule.key(), rule.line(), rule.column(), problems);
            if (known.isPresent()) {
                readRule(known.get(), rule.value(), problems).ifPresentOrElse(
                        settings -> rules.put(rule.key(), settings), () -> rules.remove(rule.key()));
            }
        }
        return new ProofreadConfig(rules);
    }

    /** A rule's settings when it is on, empty when off; a mistake keeps the rule on with its defaults. */
    private static Optional<Map<String, Object>> readRule(ProofreadRule rule, YamlNode value, Problems problems) {
        if (value instanceof YamlNode.Scalar scalar) {
            Boolean on = scalar.isNull() ? Boolean.TRUE : bool(scalar.text());
            if (on == null) {
                problems.error(scalar.line(), scalar.column(), Message.of("proofread.ruleValue", rule.name(), scalar.text()));
                return Optional.of(rule.settings());
            }
            return on ? Optional.of(rule.settings()) : Optional.empty();
        }
        if (!(value instanceof YamlNode.Mapping settings)) {
            problems.error(value.line(), value.column(), Message.of("proofread.ruleValue", rule.name(), value.description()));
            return Optional.of(rule.settings());
        }
        Map<String, Object> read = new LinkedHashMap<>(rule.settings());
        for (YamlNode.Entry setting : settings.entries().values()) {
            Object fallback = rule.settings().get(setting.key());
            if (fallback == null) {
                problems.error(setting.line(), setting.column(), Message.of("proofread.unknownSetting", setting.key(),
                        rule.name(), rule.settings().isEmpty() ? "-" : String.join(", ", rule.settings().keySet())));
                continue;
            }
            Object parsed = setting.value() instanceof YamlNode.Scalar scalar && !scalar.isNull()
                    ? parse(scalar.text().strip(), fallback) : null;
            if (parsed == null) {
                problems.error(setting.value().line(), setting.value().column(),
                        Message.of("proofread.settingValue", setting.key(), rule.name(), Message.of("proofread.kind." + kind(fallback)),
                                fallback));
            } else {
                read.put(setting.key(), parsed);
            }
        }
        return Optional.of(read);
    }

    /**
     * An article's {@code proofread:} value: absent or {@code true} (every rule), {@code false} (none), or
     * {@code {disable: [RuleName, ...]}}.
     */
    static ProofreadConfig.Choice choice(YamlNode value, Problems problems) {
        if (value == null || value instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return ProofreadConfig.Choice.ALL;
        }
        if (value instanceof YamlNode.Scalar scalar) {
            Boolean on = bool(scalar.text());
            if (on == null) {
                problems.error(scalar.line(), scalar.column(), Message.of("proofread.articleValue", scalar.text()));
                return ProofreadConfig.Choice.ALL;
            }
            return on ? ProofreadConfig.Choice.ALL : new ProofreadConfig.Choice(false, Set.of());
        }
        Optional<Fields> fields = Fields.of(value, problems, "'proofread'", ARTICLE_KEYS);
        if (fields.isEmpty()) {
            return ProofreadConfig.Choice.ALL;
        }
        Set<String> disabled = new LinkedHashSet<>();
        fields.get().textList("disable").forEach(name -> known(name.value(), name.line(), name.column(), problems)
                .ifPresent(rule -> disabled.add(rule.name())));
        return new ProofreadConfig.Choice(true, disabled);
    }

    private static Optional<ProofreadRule> known(String name, int line, int column, Problems problems) {
        Optional<ProofreadRule> rule = ProofreadRule.named(name);
        if (rule.isEmpty()) {
            problems.error(line, column, Message.of("proofread.unknownRule", name, String.join(", ", ProofreadRule.names()),
                    Suggestions.didYouMeanMessage(name, ProofreadRule.names())));
        }
        return rule;
    }

    private static Boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** {@code text} as the kind of {@code fallback}, or null when it is not one (or not a positive number). */
    private static Object parse(String text, Object fallback) {
        try {
            if (fallback instanceof Integer) {
                int number = Integer.parseInt(text);
                return number > 0 ? number : null;
            }
            if (fallback instanceof Double) {
                double number = Double.parseDouble(text);
                return number > 0 && number <= 1 ? number : null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return bool(text);
    }

    private static String kind(Object fallback) {
        return fallback instanceof Integer ? "integer" : fallback instanceof Double ? "ratio" : "boolean";
    }
}
