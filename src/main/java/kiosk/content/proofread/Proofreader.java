package kiosk.content.proofread;

import cc.redpen.RedPenException;
import cc.redpen.config.Configuration;
import cc.redpen.config.ValidatorConfiguration;
import cc.redpen.model.Sentence;
import cc.redpen.parser.LineOffset;
import cc.redpen.parser.SentenceExtractor;
import cc.redpen.tokenizer.RedPenTokenizer;
import cc.redpen.util.Pair;
import cc.redpen.validator.ValidationError;
import cc.redpen.validator.Validator;
import cc.redpen.validator.sentence.CommaNumberValidator;
import cc.redpen.validator.sentence.DoubleNegativeValidator;
import cc.redpen.validator.sentence.DoubledConjunctiveParticleGaValidator;
import cc.redpen.validator.sentence.DoubledJoshiValidator;
import cc.redpen.validator.sentence.DoubledWordValidator;
import cc.redpen.validator.sentence.HankakuKanaValidator;
import cc.redpen.validator.sentence.InvalidExpressionValidator;
import cc.redpen.validator.sentence.JapaneseAmbiguousNounConjunctionValidator;
import cc.redpen.validator.sentence.JapaneseJoyoKanjiValidator;
import cc.redpen.validator.sentence.JapaneseNumberExpressionValidator;
import cc.redpen.validator.sentence.JapaneseStyleValidator;
import cc.redpen.validator.sentence.KatakanaSpellCheckValidator;
import cc.redpen.validator.sentence.LongKanjiChainValidator;
import cc.redpen.validator.sentence.OkuriganaValidator;
import cc.redpen.validator.sentence.SentenceLengthValidator;
import cc.redpen.validator.sentence.SpaceBetweenAlphabeticalWordValidator;
import cc.redpen.validator.sentence.SuccessiveSentenceValidator;
import cc.redpen.validator.sentence.SuccessiveWordValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.content.ProofreadConfig;
import kiosk.content.ProofreadText;
import kiosk.content.check.Message;
import kiosk.content.check.Messages;
import kiosk.content.check.Problem;
import kiosk.content.check.Severity;

/**
 * Runs RedPen's Japanese rules on articles' prose and reports what they find as warnings at the file's line
 * and column. The one class that uses RedPen, so that {@code check} without proofreading never loads it (nor
 * its dictionary). One instance per thread: RedPen's rules are not thread-safe.
 */
public final class Proofreader {

    /**
     * Rules whose messages quote a number (a length, a count) or a particle that stands many times in the
     * sentence, not the words they found: their warnings stand at the start of the sentence. The others quote
     * the words, which locates a warning RedPen gives no position for (half-width kana) at those words.
     */
    private static final Set<String> SENTENCE_WIDE = Set.of("SentenceLength", "CommaNumber",
            "DoubledConjunctiveParticleGa", "DoubledJoshi");
    /**
     * RedPen's rules Kiosk offers, made by their constructors: RedPen's own factory finds them by scanning the
     * class path (Reflections), which in Kiosk's one jar costs a second and an old Guava.
     */
    private static final Map<String, Supplier<Validator>> REDPEN_RULES = Map.ofEntries(
            Map.entry("JapaneseStyle", JapaneseStyleValidator::new),
            Map.entry("DoubledWord", DoubledWordValidator::new),
            Map.entry("DoubledJoshi", DoubledJoshiValidator::new),
            Map.entry("SuccessiveWord", SuccessiveWordValidator::new),
            Map.entry("HankakuKana", HankakuKanaValidator::new),
            Map.entry("SentenceLength", SentenceLengthValidator::new),
            Map.entry("SpaceBetweenAlphabeticalWord", SpaceBetweenAlphabeticalWordValidator::new),
            Map.entry("CommaNumber", CommaNumberValidator::new),
            Map.entry("DoubledConjunctiveParticleGa", DoubledConjunctiveParticleGaValidator::new),
            Map.entry("JapaneseAmbiguousNounConjunction", JapaneseAmbiguousNounConjunctionValidator::new),
            Map.entry("SuccessiveSentence", SuccessiveSentenceValidator::new),
            Map.entry("DoubleNegative", DoubleNegativeValidator::new),
            Map.entry("InvalidExpression", InvalidExpressionValidator::new),
            Map.entry("Okurigana", OkuriganaValidator::new),
            Map.entry("KatakanaSpellCheck", KatakanaSpellCheckValidator::new),
            Map.entry("JapaneseNumberExpression", JapaneseNumberExpressionValidator::new),
            Map.entry("LongKanjiChain", LongKanjiChainValidator::new),
            Map.entry("JapaneseJoyoKanji", JapaneseJoyoKanjiValidator::new));
    /** Kiosk's own rule. */
    private static final String RA_NUKI = "RaNuki";
    private static final Pattern QUOTED = Pattern.compile("\"〜?([^\"〜]+)〜?\"");

    private final ProofreadConfig config;
    private final Configuration redpen;
    private final SentenceExtractor sentences;
    private final RedPenTokenizer tokenizer;
    private final Locale locale;
    private final Messages messages;

    /** @param messages the language RedPen words its findings in */
    public Proofreader(ProofreadConfig config, Messages messages) {
        this.config = config;
        Configuration.ConfigurationBuilder builder = Configuration.builder("ja").secure();
        config.rules().forEach((name, settings) -> builder.addValidatorConfig(configuration(name, settings)));
        this.redpen = builder.build();
        this.sentences = new SentenceExtractor(redpen.getSymbolTable());
        this.tokenizer = redpen.getTokenizer();
        this.messages = messages;
        this.locale = messages.locale().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /** The warnings of the rules that run on {@code text} (those its front matter leaves on). */
    public List<Problem> proofread(ProofreadText text) {
        ProofreadConfig rules = config.forArticle(text.choice());
        if (rules.rules().isEmpty()) {
            return List.of();
        }
        List<Sentence> found = new ArrayList<>();
        text.passages().forEach(passage -> split(passage, found));
        List<ValidationError> errors = new ArrayList<>();
        // the rules are made for each article: some count over the whole text (です・ます against である)
        List<Validator> validators = validators(rules);
        for (Validator validator : validators) {
            found.forEach(validator::preValidate);
        }
        for (Validator validator : validators) {
            validator.setErrorList(errors);
            found.forEach(validator::validate);
        }
        return oncePerRun(errors.stream().map(error -> problem(text.path(), error)).toList());
    }

    /**
     * The warnings with each run of one rule's on consecutive characters told once, at its start: half-width
     * kana are found a character at a time, and ｽﾏﾎ is one slip, not three.
     */
    private static List<Problem> oncePerRun(List<Problem> problems) {
        List<Problem> kept = new ArrayList<>();
        Problem previous = null;
        for (Problem problem : problems) {
            boolean continues = previous != null && previous.line() == problem.line()
                    && previous.column() + 1 == problem.column()
                    && previous.source().args().get(0).equals(problem.source().args().get(0));
            if (!continues) {
                kept.add(problem);
            }
            previous = problem;
        }
        return kept;
    }

    /**
     * The rules, made to word their findings in the editors' language. A RedPen 1.9 rule takes its language
     * from the JVM's default locale when it is made, and from nothing else: the default is set for that moment
     * (constructors that read a few resources) and restored, one thread at a time.
     */
    private List<Validator> validators(ProofreadConfig rules) {
        List<Validator> validators = new ArrayList<>();
        synchronized (Proofreader.class) {
            Locale saved = Locale.getDefault();
            Locale display = Locale.getDefault(Locale.Category.DISPLAY);
            Locale format = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(locale);
            try {
                for (ValidatorConfiguration rule : redpen.getValidatorConfigs()) {
                    if (!rules.rules().containsKey(rule.getConfigurationName())) {
                        continue;
                    }
                    String name = rule.getConfigurationName();
                    Validator validator = name.equals(RA_NUKI) ? new RaNukiValidator(messages)
                            : REDPEN_RULES.get(name).get();
                    validator.preInit(rule, redpen);
                    validators.add(validator);
                }
            } catch (RedPenException e) {
                // a rule's settings are checked when proofread.yaml is read
                throw new IllegalStateException("a proofreading rule refused its settings", e);
            } finally {
                Locale.setDefault(saved);
                Locale.setDefault(Locale.Category.DISPLAY, display);
                Locale.setDefault(Locale.Category.FORMAT, format);
            }
        }
        return validators;
    }

    /** The sentences of a passage, each with the file position of each of its chars, and its words. */
    private void split(ProofreadText.Passage passage, List<Sentence> found) {
        String text = passage.text();
        List<Pair<Integer, Integer>> bounds = new ArrayList<>();
        int rest = sentences.extract(text, bounds);
        if (rest < text.length()) {
            bounds.add(new Pair<>(rest, text.length()));
        }
        for (Pair<Integer, Integer> bound : bounds) {
            int start = bound.first;
            int end = Math.min(bound.second, text.length());
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start == end) {
                continue;
            }
            List<LineOffset> positions = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                positions.add(new LineOffset(passage.lines()[i], passage.columns()[i]));
            }
            Sentence sentence = new Sentence(text.substring(start, end), positions, new ArrayList<>());
            sentence.setTokens(tokenizer.tokenize(sentence.getContent()));
            found.add(sentence);
        }
    }

    private static Problem problem(String path, ValidationError error) {
        LineOffset at = error.getStartPosition().orElseGet(() -> quotedWords(error));
        return new Problem(path, at.lineNum, at.offset, Severity.WARNING,
                Message.of("proofread.warning", error.getValidatorName(), error.getMessage()));
    }

    /** Where the words a message quotes stand in its sentence, else the sentence's start. */
    private static LineOffset quotedWords(ValidationError error) {
        Sentence sentence = error.getSentence();
        if (!SENTENCE_WIDE.contains(error.getValidatorName())) {
            Matcher quoted = QUOTED.matcher(error.getMessage());
            while (quoted.find()) {
                int index = sentence.getContent().indexOf(quoted.group(1));
                if (index >= 0) {
                    return sentence.getOffsetMap().get(index);
                }
            }
        }
        return sentence.getOffsetMap().get(0);
    }

    private static ValidatorConfiguration configuration(String name, Map<String, Object> settings) {
        ValidatorConfiguration validator = new ValidatorConfiguration(name);
        settings.forEach((key, value) -> validator.addProperty(key, value.toString()));
        return validator;
    }
}
