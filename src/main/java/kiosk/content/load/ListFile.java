package kiosk.content.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kiosk.content.check.Problems;

/** Reads a YAML file that is a list of mappings, such as {@code sections.yaml}, item by item. */
final class ListFile {

    private ListFile() {
    }

    /**
     * @param what   the singular noun for messages, e.g. "section"
     * @param reader reads one item; returns null when the item has errors (reported)
     * @param slugOf the item's slug, to report duplicates
     */
    static <T> List<T> read(String text, Problems problems, String what, List<String> keys,
                            Function<Fields, T> reader, Function<T, String> slugOf) {
        return read(text, problems, what, keys, reader, slugOf, Integer.MAX_VALUE);
    }

    /** @param maxItems how many items the file may list; more is an error at the first one too many */
    static <T> List<T> read(String text, Problems problems, String what, List<String> keys,
                            Function<Fields, T> reader, Function<T, String> slugOf, int maxItems) {
        YamlNode root = YamlTreeReader.read(text, problems);
        if (root == null) {
            if (!problems.hasErrors()) {
                problems.warning(1, 1, "the file lists no " + what + "s", "add items as '- slug: ...' lines");
            }
            return List.of();
        }
        if (!(root instanceof YamlNode.Sequence sequence)) {
            problems.error(root.line(), root.column(), "the file must be a list of " + what + "s, but is " + root.description(),
                    "start each " + what + " with '- ', e.g. '- slug: ...' then its other keys indented by two spaces");
            return List.of();
        }
        if (sequence.items().size() > maxItems) {
            YamlNode tooMany = sequence.items().get(maxItems);
            problems.error(tooMany.line(), tooMany.column(), problems.path() + " lists " + sequence.items().size() + " "
                    + what + "s, at most " + maxItems, "every page lists them all; merge some");
        }
        List<T> items = new ArrayList<>();
        Map<String, Integer> firstLineOfSlug = new HashMap<>();
        for (YamlNode node : sequence.items()) {
            T item = Fields.of(node, problems, what, keys).map(reader).orElse(null);
            if (item == null) {
                continue;
            }
            Integer earlier = firstLineOfSlug.putIfAbsent(slugOf.apply(item), node.line());
            if (earlier != null) {
                problems.error(node.line(), node.column(), "duplicate " + what + " slug '" + slugOf.apply(item) + "'",
                        "it is already used on line " + earlier + "; slugs must be unique");
                continue;
            }
            items.add(item);
        }
        return items;
    }
}
