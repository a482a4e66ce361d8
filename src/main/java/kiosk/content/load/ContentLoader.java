package kiosk.content.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Content;
import kiosk.content.ContentHistory;
import kiosk.content.Issue;
import kiosk.content.Section;
import kiosk.content.Series;
import kiosk.content.SiteConfig;
import kiosk.content.SpecialEdition;
import kiosk.content.Tag;
import kiosk.content.TagSlugs;
import kiosk.content.TopicCollection;
import kiosk.content.check.Problem;
import kiosk.content.check.Problems;

/**
 * Reads a content folder into {@link Content} and the list of every problem found. Articles are read
 * in parallel; a file that fails never stops the others.
 */
public final class ContentLoader {

    private static final String ARTICLES = "articles";

    private final Path folder;
    /** The folder's name and a separator, which starts the name of every file below it. */
    private final String folderPrefix;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ImageReader images;
    /** Digest of every file read, by path: the revision when the folder is not a git checkout. */
    private final Map<String, byte[]> digests = new ConcurrentSkipListMap<>();
    /** One collector per file read (or missing), filled by the file's readers, read once they are done. */
    private final List<Problems> reports = Collections.synchronizedList(new ArrayList<>());

    private final MediaLibrary media;
    private final ArticleCache cache;
    private final Optional<Set<Path>> changed;

    private ContentLoader(Path folder, ArticleCache cache, Optional<Set<Path>> changed) {
        this.changed = changed;
        this.folder = folder.toAbsolutePath().normalize();
        this.folderPrefix = this.folder.toString() + this.folder.getFileSystem().getSeparator();
        this.media = new MediaLibrary(this.folder);
        this.images = new ImageReader(media);
        this.cache = cache;
    }

    public static LoadResult load(Path folder) {
        return load(folder, new ArticleCache());
    }

    /** Loads reusing (and refreshing) the articles {@code cache} holds from earlier loads of the folder. */
    public static LoadResult load(Path folder, ArticleCache cache) {
        return load(folder, cache, Optional.empty());
    }

    /**
     * Loads as {@link #load(Path, ArticleCache)} does, looking only at the article files {@code changed}
     * names (files or folders created, modified or deleted) among those the cache's last load listed.
     *
     * @param changed every path changed in the folder since the cache's last load, or empty when unknown
     */
    public static LoadResult load(Path folder, ArticleCache cache, Optional<Set<Path>> changed) {
        return new ContentLoader(folder, cache, changed).load();
    }

    private LoadResult load() {
        if (!Files.isDirectory(folder)) {
            report(folder.toString()).error(0, 0, "the content folder does not exist",
                    "pass --content with the folder that holds sections.yaml");
            return new LoadResult(new Content(SiteConfig.defaults(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), "none", ContentHistory.NONE), problems());
        }
        List<Reference> references = Collections.synchronizedList(new ArrayList<>());
        SiteConfig site = readOptional("site.yaml").map(file -> DataReaders.site(file.text(), file.problems()))
                .orElse(SiteConfig.defaults());
        List<Section> sections = readRequired("sections.yaml", "the magazine's sections")
                .map(file -> DataReaders.sections(file.text(), file.problems())).orElse(List.of());
        List<Author> authors = readRequired("authors.yaml", "the magazine's authors")
                .map(file -> DataReaders.authors(file.text(), file.problems(), references::add)).orElse(List.of());
        List<Tag> listedTags = readOptional("tags.yaml").map(file -> DataReaders.tags(file.text(), file.problems()))
                .orElse(List.of());
        List<Issue> issues = namedFiles("issues", (file, slug) -> DataReaders.issue(file.text(), slug, file.problems(),
                images, references::add));
        SeriesReader seriesReader = new SeriesReader(images);
        List<Series> series = namedFiles("series",
                (file, slug) -> seriesReader.read(file.text(), slug, file.problems()));
        SpecialReader specialReader = new SpecialReader(images);
        List<SpecialEdition> specials = namedFiles("specials", (file, slug) -> specialReader.read(file.text(), slug,
                file.problems(), references::add));
        ArticleReader articleReader = new ArticleReader(markdown, images, site.timeZone());
        NavigableMap<Path, FileStamp> articleFiles = articleFiles();
        List<RawArticle> rawArticles = articleFiles.entrySet().parallelStream()
                .map(file -> readArticle(file.getKey(), file.getValue(), articleReader, site.timeZone()))
                .filter(article -> article != null)
                .toList();
        cache.forgetRemoved(articleFiles.size(), () -> articleFiles.keySet().stream().map(this::relative).toList());
        cache.listed(articleFiles);
        // read after the articles: a rule names tags as articles do, and is told of names no article uses
        CollectionReader collectionReader = new CollectionReader(images);
        CollectionReader.TagSlugsByName tagSlugs =
                CollectionReader.TagSlugsByName.of(tagSlugsByName(listedTags, rawArticles));
        List<TopicCollection> collections = namedFiles("collections", (file, slug) -> collectionReader.read(file.text(),
                slug, file.problems(), tagSlugs, references::add));
        ContentLinker linker = new ContentLinker(sections, authors, issues, series, listedTags, cache);
        List<Article> articles = linker.link(rawArticles, references);
        Content content = new Content(site, sections, authors, linker.tags(), issues, series, collections, specials,
                articles, filesHash(), ContentHistory.NONE);
        List<Problem> all = new ArrayList<>(problems());
        all.addAll(linker.problems());
        return new LoadResult(content, all);
    }

    /**
     * Reads each {@code .yaml} file under {@code relative}, in path order, into the thing it names (its
     * file name is the slug unless it says otherwise); files with errors are left out.
     */
    private <T> List<T> namedFiles(String relative, BiFunction<SourceFile, String, T> reader) {
        return filesUnder(relative, ".yaml").keySet().stream()
                .map(path -> read(path).map(file -> reader.apply(file, baseName(path, ".yaml"))).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    /** Every tag name tags.yaml lists or an article uses, with its slug (as the linker will give it). */
    private static Map<String, String> tagSlugsByName(List<Tag> listedTags, List<RawArticle> rawArticles) {
        Map<String, String> slugs = new HashMap<>();
        listedTags.forEach(tag -> slugs.putIfAbsent(tag.name(), tag.slug()));
        rawArticles.forEach(raw -> raw.tags().forEach(name -> slugs.computeIfAbsent(name, TagSlugs::derive)));
        return slugs;
    }

    /** The cached article when the file's stamp is unchanged, else the file read and parsed (or null). */
    private RawArticle readArticle(Path path, FileStamp stamp, ArticleReader reader, ZoneId zone) {
        String relative = relative(path);
        Optional<ArticleCache.Unread> unread = cache.unchanged(relative, stamp, zone, media);
        if (unread.isPresent()) {
            report(relative).replay(unread.get().problems());
            digests.put(relative, unread.get().digest());
            return unread.get().article();
        }
        Instant readAt = Instant.now();
        return read(path).map(file -> cache.get(relative, stamp, readAt, file.digest(), zone, media, file.problems(),
                () -> reader.read(relative, baseName(path, ".md"), file.text(), file.problems()))).orElse(null);
    }

    /** A file's text and the problems collector for it; problems reach the result once the reader is done. */
    private record SourceFile(String text, Problems problems, byte[] digest) {
    }

    private Optional<SourceFile> readOptional(String relative) {
        Path path = folder.resolve(relative);
        return Files.exists(path) ? read(path) : Optional.empty();
    }

    private Optional<SourceFile> readRequired(String relative, String what) {
        Path path = folder.resolve(relative);
        if (!Files.exists(path)) {
            report(relative).error(0, 0, "missing " + relative,
                    "create it: it lists " + what + " (see the README's content format)");
            return Optional.empty();
        }
        return read(path);
    }

    private Optional<SourceFile> read(Path path) {
        String relative = relative(path);
        Problems fileProblems = report(relative);
        try {
            byte[] bytes = Files.readAllBytes(path);
            byte[] digest = Digests.sha256(bytes);
            digests.put(relative, digest);
            return Optional.of(new SourceFile(SourceText.decode(bytes), fileProblems, digest));
        } catch (CharacterCodingException e) {
            fileProblems.error(1, 1, "the file is not valid UTF-8", "save it as UTF-8 (without Shift_JIS or other encodings)");
        } catch (IOException e) {
            fileProblems.error(0, 0, "cannot read the file: " + e.getMessage(), "check its permissions");
        }
        return Optional.empty();
    }

    private String relative(Path path) {
        String full = path.toString();
        // the files listed are below the folder: cutting its name off is much cheaper than Path.relativize
        String relative = full.startsWith(folderPrefix) ? full.substring(folderPrefix.length())
                : folder.relativize(path).toString();
        return relative.replace('\\', '/');
    }

    private Problems report(String path) {
        Problems problems = new Problems(path);
        reports.add(problems);
        return problems;
    }

    private List<Problem> problems() {
        synchronized (reports) {
            return reports.stream().flatMap(report -> report.list().stream()).toList();
        }
    }

    /** The files under a folder with the extension, sorted, each with its stamp (read while listing). */
    private NavigableMap<Path, FileStamp> filesUnder(String relative, String extension) {
        try {
            return FileListing.walk(folder.resolve(relative), extension);
        } catch (IOException e) {
            return cannotList(relative, e);
        }
    }

    /** The article files: the last load's listing updated by the paths that changed since, when known. */
    private NavigableMap<Path, FileStamp> articleFiles() {
        Optional<NavigableMap<Path, FileStamp>> earlier = cache.listing();
        if (changed.isEmpty() || earlier.isEmpty()) {
            return filesUnder(ARTICLES, ".md");
        }
        Set<Path> paths = changed.get().stream().map(path -> path.toAbsolutePath().normalize()).collect(Collectors.toSet());
        try {
            return FileListing.relist(earlier.get(), folder.resolve(ARTICLES), ".md", paths);
        } catch (IOException e) {
            return cannotList(ARTICLES, e);
        }
    }

    private NavigableMap<Path, FileStamp> cannotList(String relative, IOException e) {
        report(relative).error(0, 0, "cannot list the folder: " + e.getMessage(), "check its permissions");
        return new TreeMap<>();
    }

    private static String baseName(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - extension.length());
    }

    private String filesHash() {
        byte[] combined = Digests.combine(digests);
        return HexFormat.of().formatHex(combined, 0, 6);
    }
}
