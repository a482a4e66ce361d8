package kiosk.content.load;

import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kiosk.content.Limits;
import kiosk.content.TagSlugs;
import kiosk.content.check.Message;
import kiosk.content.check.Problems;
import kiosk.content.check.Suggestions;

/**
 * Typed, located access to the keys of one YAML mapping. Every accessor reports what is wrong
 * (missing, wrong type, malformed) to the file's {@link Problems} and returns null or a default, so
 * a reader can go on and find the next problem instead of stopping at the first.
 */
final class Fields {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** A date-time ending in an offset such as {@code +09:00}. */
    private static final Pattern WITH_OFFSET = Pattern.compile(".*[+-]\\d\\d:?\\d\\d$");
    /** Keys whose values are one line of a page or a card: at most {@link Limits#SHORT_TEXT_LENGTH}. */
    private static final Set<String> SHORT_TEXT_KEYS = Set.of("title", "name", "dateline", "source", "alt", "credit");

    private final YamlNode.Mapping mapping;
    private final Problems problems;

    private Fields(YamlNode.Mapping mapping, Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /**
     * Reads {@code node} as a mapping of {@code what} (e.g. "front matter") and reports keys outside
     * {@code allowed}, with the closest allowed key as a suggestion.
     */
    static Optional<Fields> of(YamlNode node, Problems problems, String what, List<String> allowed) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            int line = node == null ? 1 : node.line();
            int column = node == null ? 1 : node.column();
            String found = node == null ? "nothing" : node.description();
            problems.error(line, column, what + " must be a mapping of keys to values, but is " + found,
                    "write one 'key: value' per line; allowed keys: " + String.join(", ", allowed));
            return Optional.empty();
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                problems.error(entry.line(), entry.column(), Message.of("unknownKey", entry.key(), what,
                        String.join(", ", allowed), Suggestions.didYouMeanMessage(entry.key(), allowed)));
            }
        }
        return Optional.of(new Fields(mapping, problems));
    }

    /** The value as written, or null when the key is absent. */
    YamlNode value(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? null : entry.value();
    }

    boolean has(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry != null && !(entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull());
    }

    /** Text, or null when absent; reports a list or mapping where text belongs. */
    Located<String> locatedText(String key, boolean required) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            if (required) {
                missing(key, entry);
            }
            return null;
        }
        if (entry.value() instanceof YamlNode.Scalar scalar) {
            String text = scalar.text().strip();
            if (text.isEmpty() && required) {
                missing(key, entry);
                return null;
            }
            checkText("'" + key + "'", text, SHORT_TEXT_KEYS.contains(key) ? Limits.SHORT_TEXT_LENGTH : Limits.TEXT_LENGTH,
                    scalar);
            return Located.at(scalar, text);
        }
        problems.error(entry.value().line(), entry.value().column(),
                "'" + key + "' must be text, but is " + entry.value().description(),
                "write the value on the same line, e.g. " + key + ": ...; quote it if it contains ': ' or starts with '['");
        return null;
    }

    String text(String key) {
        Located<String> located = locatedText(key, false);
        return located == null ? null : located.value();
    }

    String requiredText(String key) {
        Located<String> located = locatedText(key, true);
        return located == null ? null : located.value();
    }

    /** A URL-safe ASCII slug, or null (reported) when it is missing or malformed. */
    Located<String> slug(String key, boolean required) {
        Located<String> located = locatedText(key, required);
        if (located != null && located.value().length() > Limits.SLUG_LENGTH) {
            problems.error(located.line(), located.column(), "'" + key + "' is too long: " + located.value().length()
                    + " characters, at most " + Limits.SLUG_LENGTH, "a slug names a page's folder; a few words are plenty");
            return null;
        }
        if (located != null && !isSlug(located.value())) {
            problems.error(located.line(), located.column(),
                    "'" + key + "' is not a URL-safe slug: '" + SourceText.quoted(located.value(), 40) + "'",
                    "use lowercase ASCII letters, digits and single hyphens, e.g. '" + suggestSlug(located.value()) + "'");
            return null;
        }
        return located;
    }

    /** Whether the text is a URL-safe slug: lowercase ASCII words and single hyphens, not too long. */
    static boolean isSlug(String text) {
        return text.length() <= Limits.SLUG_LENGTH && SLUG.matcher(text).matches();
    }

    /**
     * Why a file name cannot be a slug, for a message that goes on "the file name '...' ", or empty.
     */
    static Optional<String> fileNameTrouble(String fileSlug) {
        if (fileSlug.length() > Limits.SLUG_LENGTH) {
            return Optional.of("is too long for a slug: " + fileSlug.length() + " characters, at most " + Limits.SLUG_LENGTH);
        }
        return isSlug(fileSlug) ? Optional.empty() : Optional.of("is not a URL-safe slug");
    }

    /**
     * Reports text no page should carry: control characters (escape sequences, bells, which also make
     * feeds invalid XML) and more than {@code maxLength} characters.
     *
     * @param what how the message names the value, such as "'title'"
     */
    private void checkText(String what, String text, int maxLength, YamlNode at) {
        int control = text.codePoints().filter(SourceText::isControl).findFirst().orElse(-1);
        if (control >= 0) {
            problems.error(at.line(), at.column(), what + " contains the control character " + SourceText.codePoint(control),
                    "remove it (it may come from a copy and paste, or a YAML escape such as \\e)");
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            problems.error(at.line(), at.column(), what + " is too long: " + length + " characters, at most " + maxLength,
                    "shorten it");
        }
    }

    /**
     * Reports a tag name that cannot have a page: too long, or (when its address is derived from it)
     * without a letter or digit to make one, or making one longer than a folder name may be.
     *
     * @param derived whether the tag's address comes from its name (it is not listed with a slug)
     */
    static void checkTagName(Located<String> name, boolean derived, Problems problems) {
        String text = name.value();
        int length = text.codePointCount(0, text.length());
        if (length > Limits.TAG_NAME_LENGTH) {
            problems.error(name.line(), name.column(), "the tag name '" + SourceText.quoted(text, 20) + "' is too long: " + length
                    + " characters, at most " + Limits.TAG_NAME_LENGTH, "a tag is a word or two; shorten it");
        } else if (derived && !TagSlugs.derivable(text)) {
            problems.error(name.line(), name.column(), "the tag name '" + text + "' has no letter or digit to make its"
                    + " address from", "name the tag with words, or list it in tags.yaml with a slug of its own");
        } else if (derived && TagSlugs.derive(text).getBytes(StandardCharsets.UTF_8).length > Limits.TAG_ADDRESS_BYTES) {
            problems.error(name.line(), name.column(), "the tag name '" + SourceText.quoted(text, 20) + "' makes too long an address: "
                            + TagSlugs.derive(text).getBytes(StandardCharsets.UTF_8).length + " bytes, at most "
                            + Limits.TAG_ADDRESS_BYTES,
                    "shorten it, or list it in tags.yaml with a slug of its own");
        }
    }

    private static String suggestSlug(String text) {
        String ascii = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return ascii.isEmpty() ? "my-article" : ascii;
    }

    /** A whole number, or {@code fallback} when absent or malformed (reported). */
    int integer(String key, boolean required, int fallback) {
        Located<Integer> located = locatedInteger(key, required);
        return located == null ? fallback : located.value();
    }

    /** A whole number where it was written, or null when absent or malformed (reported). */
    Located<Integer> locatedInteger(String key, boolean required) {
        Located<String> located = locatedText(key, required);
        if (located == null) {
            return null;
        }
        try {
            return new Located<>(Integer.parseInt(located.value()), located.line(), located.column());
        } catch (NumberFormatException e) {
            problems.error(located.line(), located.column(),
                    "'" + key + "' must be a whole number, but is '" + located.value() + "'", "e.g. " + key + ": 10");
            return null;
        }
    }

    /** An absolute http(s) URL, or null when absent or malformed (reported with {@code hint}). */
    URI httpUrl(String key, boolean required, String hint) {
        Located<String> text = locatedText(key, required);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text.value());
            if (uri.isAbsolute() && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.error(text.line(), text.column(), "'" + key + "' must be an absolute http(s) URL: " + text.value(),
                hint);
        return null;
    }

    /** true or false; absent means false. */
    boolean flag(String key) {
        Located<String> located = locatedText(key, false);
        if (located == null) {
            return false;
        }
        return switch (located.value().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problems.error(located.line(), located.column(),
                        "'" + key + "' must be true or false, but is '" + located.value() + "'", key + ": true");
                yield false;
            }
        };
    }

    /**
     * A list of text items; a single text value counts as a one-item list. Absent means empty. More
     * than {@link Limits#ITEMS_PER_LIST} items is an error (the items are still read).
     */
    List<Located<String>> textList(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return List.of();
        }
        if (entry.value() instanceof YamlNode.Scalar scalar) {
            String text = scalar.text().strip();
            checkText("'" + key + "'", text, Limits.TEXT_LENGTH, scalar);
            return List.of(Located.at(scalar, text));
        }
        if (entry.value() instanceof YamlNode.Sequence sequence) {
            if (sequence.items().size() > Limits.ITEMS_PER_LIST) {
                problems.error(sequence.line(), sequence.column(), "'" + key + "' lists " + sequence.items().size()
                        + " items, at most " + Limits.ITEMS_PER_LIST, "keep the ones that matter most");
            }
            List<Located<String>> items = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                    String text = scalar.text().strip();
                    checkText("an item of '" + key + "'", text, Limits.TEXT_LENGTH, scalar);
                    items.add(Located.at(scalar, text));
                } else {
                    problems.error(item.line(), item.column(),
                            "each item of '" + key + "' must be text, but one is " + item.description(),
                            "write the list as " + key + ": [first, second]");
                }
            }
            return items;
        }
        problems.error(entry.value().line(), entry.value().column(),
                "'" + key + "' must be a list, but is " + entry.value().description(), key + ": [first, second]");
        return List.of();
    }

    /**
     * An ISO 8601 date-time. A value without an offset is taken in {@code zone}; a bare date means
     * midnight there.
     */
    OffsetDateTime dateTime(String key, boolean required, ZoneId zone) {
        Located<String> located = locatedText(key, required);
        if (located == null) {
            return null;
        }
        String text = located.value().replace(' ', 'T');
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toOffsetDateTime();
            }
            if (text.endsWith("Z") || WITH_OFFSET.matcher(text).matches()) {
                return OffsetDateTime.parse(text);
            }
            return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            problems.error(located.line(), located.column(),
                    "'" + key + "' is not a valid date: '" + located.value() + "'",
                    "use ISO 8601, e.g. " + key + ": 2026-11-24T06:00:00+09:00, or a bare date 2026-11-24");
            return null;
        }
    }

    /** An ISO 8601 calendar date such as 2026-11-24. */
    LocalDate date(String key, boolean required) {
        Located<String> located = locatedText(key, required);
        if (located == null) {
            return null;
        }
        try {
            return LocalDate.parse(located.value());
        } catch (DateTimeParseException e) {
            problems.error(located.line(), located.column(),
                    "'" + key + "' is not a valid date: '" + located.value() + "'", "use ISO 8601, e.g. " + key + ": 2026-11-24");
            return null;
        }
    }

    /**
     * A list of mappings such as a series' {@code seasons:}, each read as {@code what}; absent means
     * empty. Items that are not mappings are reported and left out.
     */
    List<Fields> mappings(String key, String what, List<String> allowed) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return List.of();
        }
        if (!(entry.value() instanceof YamlNode.Sequence sequence)) {
            problems.error(entry.value().line(), entry.value().column(),
                    "'" + key + "' must be a list, but is " + entry.value().description(),
                    "start each " + what + " with '- ' on its own line, its keys indented below it");
            return List.of();
        }
        List<Fields> items = new ArrayList<>();
        sequence.items().forEach(item -> of(item, problems, what, allowed).ifPresent(items::add));
        return items;
    }

    /** A nested mapping such as {@code image:}, or empty when absent or not a mapping (reported). */
    Optional<Fields> nested(String key, List<String> allowed) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return Optional.empty();
        }
        return of(entry.value(), problems, "'" + key + "'", allowed);
    }

    int line() {
        return mapping.line();
    }

    int column() {
        return mapping.column();
    }

    Problems problems() {
        return problems;
    }

    private void missing(String key, YamlNode.Entry entry) {
        int line = entry == null ? mapping.line() : entry.line();
        int column = entry == null ? mapping.column() : entry.column();
        problems.error(line, column, Message.of("missingField", key));
    }
}
