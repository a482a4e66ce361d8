package kiosk.content.load;

import java.nio.file.Path;
import java.util.List;
import kiosk.content.Archetype;
import kiosk.content.Author;
import kiosk.content.Limits;
import kiosk.content.Section;
import kiosk.content.check.Message;
import kiosk.content.check.Problems;
import kiosk.content.check.Suggestions;
import kiosk.content.files.FileTree;

/** The magazine's article templates ({@link Archetype}): found for {@code kiosk new}, checked by {@code check}. */
public final class Archetypes {

    /** What a template is filled with to be checked as the article it makes. */
    private static final String SAMPLE_TITLE = "見出し: 「仮」";
    private static final String SAMPLE_DATE = "2026-01-01T06:00+09:00";

    private Archetypes() {
    }

    /** The template of {@code section}'s new articles: its own, else the magazine's default, else Kiosk's. */
    public static String template(FileTree files, String section) {
        Path folder = files.root().resolve(Archetype.FOLDER);
        return SourceText.read(files, folder.resolve(section + ".md"), Limits.ARTICLE_FILE_BYTES)
                .or(() -> SourceText.read(files, folder.resolve(Archetype.DEFAULT + ".md"), Limits.ARTICLE_FILE_BYTES))
                .orElse(Archetype.BUILT_IN);
    }

    /**
     * Reports what is wrong with a template: a name that is no section's, placeholders Kiosk does not know, and
     * every problem of the article it makes (filled with a sample title and the first author), at the
     * template's lines.
     */
    static void check(String path, String name, String text, Problems problems, ArticleReader reader,
                      List<Section> sections, List<Author> authors) {
        List<String> slugs = sections.stream().map(Section::slug).toList();
        if (!name.equals(Archetype.DEFAULT) && !slugs.contains(name)) {
            problems.error(0, 0, Message.of("archetype.section", name, String.join(", ", slugs),
                    Suggestions.didYouMeanMessage(name, slugs)));
        }
        for (Archetype.Unknown unknown : Archetype.unknown(text)) {
            problems.error(unknown.line(), unknown.column(), Message.of("archetype.placeholder", unknown.name(),
                    String.join(", ", Archetype.PLACEHOLDERS), Suggestions.didYouMeanMessage(unknown.name(),
                            Archetype.PLACEHOLDERS)));
        }
        String section = slugs.contains(name) ? name : slugs.isEmpty() ? "world" : slugs.get(0);
        String author = authors.isEmpty() ? "author" : authors.get(0).slug();
        String slug = "archetype-" + name;
        String filled = Archetype.fill(text, new Archetype.Values(SAMPLE_TITLE, slug, SAMPLE_DATE, section, author));
        reader.read(path, slug, filled, problems);
    }
}
