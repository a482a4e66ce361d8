package kiosk.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template {@code kiosk new article} fills, like Hugo's archetypes: {@code content/archetypes/<section>.md},
 * else {@code content/archetypes/default.md}, else {@link #BUILT_IN}. A template is an article file (front
 * matter and body) holding the placeholders {@code {{title}}}, {@code {{slug}}}, {@code {{date}}},
 * {@code {{section}}} and {@code {{author}}}; what the editor must write is in the form of {@link Placeholders}
 * ((ここに…を書く)), which {@code check} refuses in an article that would be published.
 */
public final class Archetype {

    /** The folder of the templates, in the content folder. */
    public static final String FOLDER = "archetypes";
    /** The template of sections without their own. */
    public static final String DEFAULT = "default";
    public static final List<String> PLACEHOLDERS = List.of("title", "slug", "date", "section", "author");

    /** Kiosk's template when the magazine has none. */
    public static final String BUILT_IN = """
            ---
            title: {{title}}
            date: {{date}}
            section: {{section}}
            authors: [{{author}}]
            tags: []
            summary: %s
            draft: true
            ---
            %s
            """.formatted(Placeholders.SUMMARY, Placeholders.BODY);

    /** A placeholder, with the quotes around it when the template quotes it (in YAML, Kiosk quotes the title). */
    private static final Pattern PLACEHOLDER = Pattern.compile("([\"']?)\\{\\{\\s*([^{}\\s]*)\\s*}}\\1");
    private static final String FENCE = "---";

    private Archetype() {
    }

    /**
     * What the placeholders stand for.
     *
     * @param date ISO 8601 with the offset, as front matter has it
     */
    public record Values(String title, String slug, String date, String section, String author) {

        public Values {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(author, "author");
        }

        private Map<String, String> byName(boolean inFrontMatter) {
            // the title is the one value an editor types freely: in YAML it is quoted, so ': ' or '「' stay text
            return Map.of("title", inFrontMatter ? yamlString(title) : title, "slug", slug, "date", date,
                    "section", section, "author", author);
        }
    }

    /** A placeholder Kiosk does not know, where it stands in the template (1-based). */
    public record Unknown(String name, int line, int column) {
    }

    /** The article file {@code template} makes: each known placeholder replaced, the others left as written. */
    public static String fill(String template, Values values) {
        StringBuilder filled = new StringBuilder(template.length() + 64);
        int fences = 0;
        for (String line : template.split("(?<=\n)", -1)) {
            if (line.strip().equals(FENCE)) {
                fences++;
            }
            boolean inFrontMatter = fences == 1;
            Map<String, String> byName = values.byName(inFrontMatter);
            Matcher placeholder = PLACEHOLDER.matcher(line);
            filled.append(placeholder.replaceAll(match -> {
                String value = byName.get(match.group(2));
                if (value == null) {
                    return Matcher.quoteReplacement(match.group());
                }
                boolean quotedAlready = inFrontMatter && match.group(2).equals("title");
                String quote = quotedAlready ? "" : match.group(1);
                return Matcher.quoteReplacement(quote + value + quote);
            }));
        }
        return filled.toString();
    }

    /** The placeholders of {@code template} that are not {@link #PLACEHOLDERS}, in order. */
    public static List<Unknown> unknown(String template) {
        List<Unknown> unknown = new ArrayList<>();
        String[] lines = template.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher placeholder = PLACEHOLDER.matcher(lines[i]);
            while (placeholder.find()) {
                if (!PLACEHOLDERS.contains(placeholder.group(2))) {
                    unknown.add(new Unknown(placeholder.group(2), i + 1,
                            lines[i].codePointCount(0, placeholder.start() + placeholder.group(1).length()) + 1));
                }
            }
        }
        return unknown;
    }

    /** Text as a YAML double-quoted string. */
    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
