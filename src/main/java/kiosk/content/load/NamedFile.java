package kiosk.content.load;

import java.util.List;
import java.util.function.Supplier;
import kiosk.content.check.Problems;

/**
 * A YAML data file that holds one thing named by the file, unless it says {@code slug:}: an issue, a
 * series, a topic collection, a special edition.
 */
final class NamedFile {

    /**
     * Reads the thing's fields, reporting what is wrong, and returns how to build it from them: the
     * builder runs only when the file has no error, so it may take every required value as present.
     */
    interface Reader<T> {
        Supplier<T> read(Fields fields, String slug);
    }

    private NamedFile() {
    }

    /**
     * @param fileSlug the file name without {@code .yaml}
     * @param what     what the file holds, for messages: "issue", "series"...
     * @param keys     the keys the file may have, {@code slug} among them
     * @param example  a well-named file for the hint, such as {@code 2026-11-24.yaml}
     * @return the thing, or null when the file has any error (all of them reported)
     */
    static <T> T read(String text, String fileSlug, Problems problems, String what, List<String> keys, String example,
                      Reader<T> reader) {
        YamlNode root = YamlTreeReader.read(text, problems);
        if (root == null && problems.hasErrors()) {
            return null;
        }
        return Fields.of(root, problems, what, keys).map(fields -> {
            Located<String> slug = fields.has("slug") ? fields.slug("slug", true) : fileSlug(fileSlug, problems, example);
            Supplier<T> item = reader.read(fields, slug == null ? fileSlug : slug.value());
            return problems.hasErrors() || slug == null ? null : item.get();
        }).orElse(null);
    }

    private static Located<String> fileSlug(String fileSlug, Problems problems, String example) {
        if (!Fields.isSlug(fileSlug)) {
            problems.error(1, 1, "the file name '" + fileSlug + "' is not a URL-safe slug",
                    "rename the file (e.g. " + example + ") or add 'slug: ...'");
            return null;
        }
        return new Located<>(fileSlug, 1, 1);
    }
}
