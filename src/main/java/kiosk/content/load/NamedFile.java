package kiosk.content.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The file that first took each slug among the files of one kind, so that a second file with the
     * same slug is refused where it takes it. One per folder and load; files are read one at a time.
     */
    static final class Claims {

        private final Map<String, String> fileBySlug = new HashMap<>();

        /** Whether {@code slug} is free for the file {@code problems} reports on; a clash is reported there. */
        boolean claim(Located<String> slug, Problems problems, String what) {
            String first = fileBySlug.putIfAbsent(slug.value(), problems.path());
            if (first == null) {
                return true;
            }
            problems.error(slug.line(), slug.column(), "duplicate " + what + " slug '" + slug.value() + "'"
                            + (slug.fromFileName() ? " (from the file name)" : "") + ": " + first + " has it too",
                    "give one of them another slug; until then this file is left out");
            return false;
        }
    }

    private NamedFile() {
    }

    /**
     * @param fileSlug the file name without {@code .yaml}
     * @param what     what the file holds, for messages: "issue", "series"...
     * @param keys     the keys the file may have, {@code slug} among them
     * @param example  a well-named file for the hint, such as {@code 2026-11-24.yaml}
     * @param claims   the slugs the other files of the kind took
     * @return the thing, or null when the file has any error (all of them reported)
     */
    static <T> T read(String text, String fileSlug, Problems problems, String what, List<String> keys, String example,
                      Claims claims, Reader<T> reader) {
        YamlNode root = YamlTreeReader.read(text, problems);
        if (root == null && problems.hasErrors()) {
            return null;
        }
        return Fields.of(root, problems, what, keys).map(fields -> {
            Located<String> slug = fields.has("slug") ? fields.slug("slug", true) : fileSlug(fileSlug, problems, example);
            Supplier<T> item = reader.read(fields, slug == null ? fileSlug : slug.value());
            return problems.hasErrors() || slug == null || !claims.claim(slug, problems, what) ? null : item.get();
        }).orElse(null);
    }

    private static Located<String> fileSlug(String fileSlug, Problems problems, String example) {
        Optional<String> trouble = Fields.fileNameTrouble(fileSlug);
        if (trouble.isPresent()) {
            problems.error(1, 1, "the file name '" + fileSlug + "' " + trouble.get(),
                    "rename the file (e.g. " + example + ") or add 'slug: ...'");
            return null;
        }
        return Located.fileName(fileSlug);
    }
}
