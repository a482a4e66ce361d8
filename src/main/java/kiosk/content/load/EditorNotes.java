package kiosk.content.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kiosk.content.EditorNote;
import kiosk.content.check.Problem;
import kiosk.content.check.Problems;
import kiosk.content.files.FileTree;
import kiosk.content.files.RefusedFileException;
import kiosk.content.files.SafeFolder;

/**
 * Reads the editor's note of a newsletter edition, {@code newsletters/<date>.md}: front matter with
 * {@code title} (required), {@code subject} and {@code author}, then a Markdown body. A missing file is
 * no note and no problem; problems are reported as {@code kiosk check} reports an article's.
 */
public final class EditorNotes {

    public static final String FOLDER = "newsletters";
    static final List<String> KEYS = List.of("title", "subject", "author");
    /** A note is a few paragraphs; anything larger is a mistake, not a note. */
    private static final long MAX_BYTES = 256 * 1024;

    /** The note, if any, and what is wrong with its file. */
    public record Result(Optional<EditorNote> note, List<Problem> problems) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private EditorNotes() {
    }

    /**
     * The problems of every note in {@code newsletters/}, for {@code kiosk check}: each file must be
     * named by its edition's date ({@code 2026-11-24.md}) and read as {@link #read} reads it.
     */
    public static List<Problem> check(Path contentFolder) {
        return check(ContentLoader.folder(contentFolder));
    }

    /** The problems of every note among {@code files}, as {@link #check(Path)}. */
    public static List<Problem> check(FileTree files) {
        Path folder = files.root().resolve(FOLDER);
        if (!files.isFolder(folder)) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        try {
            // hidden files are left out, as everywhere in the content (editors' lock files, .DS_Store)
            Map<Path, BasicFileAttributes> listed = new TreeMap<>();
            files.addBelow(folder, file -> file.getParent().equals(folder), listed);
            for (Path file : listed.keySet()) {
                String name = file.getFileName().toString();
                LocalDate date = name.endsWith(".md") ? date(name.substring(0, name.length() - 3)) : null;
                if (date == null) {
                    Problems named = new Problems(FOLDER + "/" + name);
                    named.error(1, 1, "not an editor's note: notes are named by their edition's date",
                            "rename it to the edition's date, such as 2026-11-24.md");
                    problems.addAll(named.list());
                } else {
                    problems.addAll(read(files, date).problems());
                }
            }
        } catch (IOException e) {
            Problems listing = new Problems(FOLDER);
            listing.error(0, 0, "cannot list the folder: " + e.getMessage(), "check its permissions");
            problems.addAll(listing.list());
        }
        return problems;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Result read(Path contentFolder, LocalDate edition) {
        return read(ContentLoader.folder(contentFolder), edition);
    }

    private static Result read(FileTree files, LocalDate edition) {
        String relative = FOLDER + "/" + edition + ".md";
        Path file = files.root().resolve(relative);
        Problems problems = new Problems(relative);
        if (!files.exists(file)) {
            return new Result(Optional.empty(), List.of());
        }
        try {
            byte[] bytes = files.read(file, MAX_BYTES);
            return new Result(parse(SourceText.decode(bytes), problems), problems.list());
        } catch (CharacterCodingException e) {
            problems.error(1, 1, "the file is not valid UTF-8", "save it as UTF-8");
        } catch (RefusedFileException e) {
            problems.error(1, 1, e.getMessage(), e.hint());
        } catch (IOException e) {
            problems.error(0, 0, "cannot read the file: " + SafeFolder.reason(e), "check its permissions");
        }
        return new Result(Optional.empty(), problems.list());
    }

    private static Optional<EditorNote> parse(String text, Problems problems) {
        FrontMatter split = FrontMatter.split(text, problems);
        if (split == null) {
            return Optional.empty();
        }
        YamlNode root = YamlTreeReader.read(split.yaml(), split.yamlFirstLine(), problems);
        return Fields.of(root, problems, "front matter", KEYS).flatMap(fields -> {
            String title = fields.requiredText("title");
            String subject = fields.text("subject");
            String author = fields.text("author");
            MarkdownRenderer.Rendered rendered = new MarkdownRenderer().render(split.body(), split.bodyFirstLine(), problems);
            if (title == null || rendered == null || problems.hasErrors()) {
                return Optional.empty();
            }
            return Optional.of(new EditorNote(title, subject, author, rendered.body()));
        });
    }
}
