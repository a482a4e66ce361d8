package kiosk.content.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kiosk.content.CollectionRule;
import kiosk.content.Image;
import kiosk.content.TagSlugs;
import kiosk.content.TopicCollection;
import kiosk.content.check.Problems;
import kiosk.content.check.Suggestions;

/**
 * Reads a topic collection file, {@code collections/<slug>.yaml}. Its articles and its rule's section
 * are references, checked once everything is read; its rule's tags are names, as articles write them.
 */
final class CollectionReader {

    static final List<String> KEYS = List.of("slug", "title", "description", "image", "pinned", "articles", "rule");
    static final List<String> RULE_KEYS = List.of("tagsAny", "tagsAll", "section", "from", "until");

    private final ImageReader images;

    CollectionReader(ImageReader images) {
        this.images = images;
    }

    /**
     * @param tagSlugs   the slug of a tag by its name, as articles name it
     * @param references receives the chosen articles and the rule's section
     * @return the collection, or null when the file has errors (all reported)
     */
    TopicCollection read(String text, String fileSlug, Problems problems, NamedFile.Claims claims, TagSlugsByName tagSlugs,
                         Consumer<Reference> references) {
        return NamedFile.read(text, fileSlug, problems, "collection", KEYS, "trump-2.yaml", claims, (fields, slug) -> {
            String title = fields.requiredText("title");
            String description = fields.text("description");
            Image image = images.read(fields, "image");
            boolean pinned = fields.flag("pinned");
            List<Located<String>> articles = fields.textList("articles");
            articles.forEach(article -> references.accept(
                    new Reference(Reference.Kind.LISTED_ARTICLE, problems.path(), "articles", article)));
            CollectionRule rule = fields.nested("rule", RULE_KEYS)
                    .map(ruleFields -> rule(ruleFields, tagSlugs, references)).orElse(null);
            if (articles.isEmpty() && !fields.has("rule")) {
                problems.error(fields.line(), fields.column(), "the collection names no articles and has no rule",
                        "list articles (articles: [slug, ...]) or add a rule (rule: {tagsAny: [...]})");
            }
            return () -> new TopicCollection(slug, title, description, image,
                    articles.stream().map(Located::value).distinct().toList(), rule, pinned);
        });
    }

    private static CollectionRule rule(Fields fields, TagSlugsByName tagSlugs, Consumer<Reference> references) {
        Problems problems = fields.problems();
        List<String> tagsAny = fields.textList("tagsAny").stream().map(tag -> tagSlugs.slugOf(tag, problems)).toList();
        List<String> tagsAll = fields.textList("tagsAll").stream().map(tag -> tagSlugs.slugOf(tag, problems)).toList();
        Located<String> section = fields.locatedText("section", false);
        if (section != null) {
            references.accept(new Reference(Reference.Kind.SECTION, problems.path(), "rule.section", section));
        }
        LocalDate from = fields.date("from", false);
        LocalDate until = fields.date("until", false);
        if (from != null && until != null && until.isBefore(from)) {
            problems.error(fields.line(), fields.column(), "the rule's 'until' (" + until + ") is before its 'from' ("
                    + from + ")", "check both dates");
        }
        if (tagsAny.isEmpty() && tagsAll.isEmpty() && section == null && from == null && until == null) {
            problems.error(fields.line(), fields.column(), "the rule has no condition, so it would add every article",
                    "give at least one of " + String.join(", ", RULE_KEYS));
        }
        return new CollectionRule(tagsAny, tagsAll, section == null ? null : section.value(), from, until);
    }

    /** The slug of a tag by the name articles use; a name no article uses yet is reported as a warning. */
    interface TagSlugsByName {
        String slugOf(Located<String> name, Problems problems);

        /** Looks names up in {@code known} (every tag articles use or tags.yaml lists), else derives the slug. */
        static TagSlugsByName of(Map<String, String> known) {
            return (name, problems) -> {
                String slug = known.get(name.value());
                if (slug != null) {
                    return slug;
                }
                String suggestion = Suggestions.didYouMean(name.value(), known.keySet());
                problems.warning(name.line(), name.column(), "no article carries the tag '" + name.value() + "'",
                        (suggestion.isEmpty() ? "" : suggestion + " ")
                                + "the rule matches articles tagged with it once there are some");
                return TagSlugs.derive(name.value());
            };
        }
    }
}
