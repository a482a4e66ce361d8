package kiosk.content.load;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the position it was read from, so every problem can name its line and column.
 * Scalars stay text: each field decides how to read its own value (a slug like {@code 2026-11-24} is
 * not a date, a title like {@code 1984} is not a number).
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** 1-based line within the YAML text. */
    int line();

    /** 1-based column. */
    int column();

    /** How an editor would call this kind of value in an error message. */
    String description();

    /** @param text null for an explicit or empty YAML null ({@code key:} with nothing after it) */
    record Scalar(String text, int line, int column) implements YamlNode {
        public boolean isNull() {
            return text == null;
        }

        @Override
        public String description() {
            return isNull() ? "empty" : "text";
        }
    }

    /** A mapping keeps its keys in file order. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String description() {
            return "a mapping (key: value lines)";
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String description() {
            return "a list";
        }
    }

    /** A key of a mapping, where it stands, and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }
}
