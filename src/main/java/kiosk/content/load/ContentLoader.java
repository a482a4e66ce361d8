package kiosk.content.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kiosk.content.Archetype;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Content;
import kiosk.content.ContentHistory;
import kiosk.content.Issue;
import kiosk.content.Limits;
import kiosk.content.Section;
import kiosk.content.Series;
import kiosk.content.SiteConfig;
import kiosk.content.SpecialEdition;
import kiosk.content.Tag;
import kiosk.content.TagSlugs;
import kiosk.content.TopicCollection;
import kiosk.content.check.Problem;
import kiosk.content.check.Problems;
import kiosk.content.files.FileTree;
import kiosk.content.files.RefusedFileException;
import kiosk.content.files.SafeFolder;
import kiosk.parallel.BalancedMap;

/**
 * Reads a content folder into {@link Content} and the list of every problem found. Articles are read
 * in parallel; a file that fails never stops the others.
 */
public final class ContentLoader {

    private static final String ARTICLES = "articles";
    private static final String MEDIA = "media";

    private final Path folder;
    /** The only way files are read: never through a link out of the folder, never more than a limit. */
    private final FileTree files;
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

    private ContentLoader(FileTree files, ArticleCache cache, Optional<Set<Path>> changed) {
        this.folder = files.root();
        this.files = files;
        this.folderPrefix = this.folder.toString() + this.folder.getFileSystem().getSeparator();
        this.cache = cache;
        this.changed = changed.map(paths -> paths.stream().map(path -> path.toAbsolutePath().normalize())
                .collect(Collectors.toSet()));
        this.media = mediaLibrary();
        this.images = new ImageReader(media);
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
        return new ContentLoader(folder(folder), cache, changed).load();
    }

    /**
     * Loads the content {@code files} hold, such as a git commit's ({@link kiosk.content.git.GitTree}),
     * reusing the articles {@code cache} holds whose files' bytes are the same.
     */
    public static LoadResult load(FileTree files, ArticleCache cache) {
        return new ContentLoader(files, cache, Optional.empty()).load();
    }

    /** A content folder on disk, read so that nothing outside it ever is. */
    public static FileTree folder(Path folder) {
        return new SafeFolder(folder.toAbsolutePath().normalize(), "the content folder");
    }

    private LoadResult load() {
        if (!files.isFolder(folder)) {
            report(folder.toString()).error(0, 0, "the content folder does not exist",
                    "pass --content with the folder that holds sections.yaml");
            return new LoadResult(Content.empty(), problems());
        }
        List<Reference> references = Collections.synchronizedList(new ArrayList<>());
        SiteConfig site = readOptional("site.yaml")
                .map(file -> guarded(file, () -> DataReaders.site(file.text(), file.problems(), images)))
                .orElse(SiteConfig.defaults());
        List<ArticleReader.Unlinked> unlinked = Collections.synchronizedList(new ArrayList<>());
        ArticleReader articleReader = new ArticleReader(markdown, images, site.timeZone(), unlinked::add);
        // the articles need only the site's time zone: the pool's workers list and read them while this thread
        // reads the other data files (the worker started 0.24 s sooner in a cold check of 10,000), then joins them
        CompletableFuture<Optional<NavigableMap<Path, FileStamp>>> listed =
                CompletableFuture.supplyAsync(this::articleFiles, ForkJoinPool.commonPool());
        BalancedMap.Pending<RawArticle> articlesRead = BalancedMap.start(
                listed.thenApply(files -> List.copyOf(files.orElseGet(TreeMap::new).entrySet())),
                file -> readArticle(file.getKey(), file.getValue(), articleReader, site.timeZone()));
        readOptional(ProofreadSettings.FILE).ifPresent(file -> guarded(file,
                () -> ProofreadSettings.read(file.text(), file.problems())));
        List<Section> sections = readRequired("sections.yaml", "the magazine's sections")
                .map(file -> guarded(file, () -> DataReaders.sections(file.text(), file.problems()))).orElse(List.of());
        List<Author> authors = readRequired("authors.yaml", "the magazine's authors")
                .map(file -> guarded(file, () -> DataReaders.authors(file.text(), file.problems(), references::add)))
                .orElse(List.of());
        List<Tag> listedTags = readOptional("tags.yaml")
                .map(file -> guarded(file, () -> DataReaders.tags(file.text(), file.problems()))).orElse(List.of());
        List<Issue> issues = namedFiles("issues", (file, slug, claims) -> DataReaders.issue(file.text(), slug,
                file.problems(), images, claims, references::add));
        SeriesReader seriesReader = new SeriesReader(images);
        List<Series> series = namedFiles("series",
                (file, slug, claims) -> seriesReader.read(file.text(), slug, file.problems(), claims));
        SpecialReader specialReader = new SpecialReader(images);
        List<SpecialEdition> specials = namedFiles("specials", (file, slug, claims) -> specialReader.read(file.text(),
                slug, file.problems(), claims, references::add));
        ArticleReader archetypeReader = new ArticleReader(markdown, images, site.timeZone(), ignored -> { });
        filesUnder(Archetype.FOLDER, ".md").keySet().forEach(path -> read(path).ifPresent(file -> guarded(file, () -> {
            Archetypes.check(relative(path), baseName(path, ".md"), file.text(), file.problems(), archetypeReader,
                    sections, authors);
            return null;
        })));
        List<RawArticle> rawArticles = articlesRead.join().stream().filter(Objects::nonNull).toList();
        Optional<NavigableMap<Path, FileStamp>> articleFiles = listed.join();
        articleFiles.ifPresent(files -> cache.forgetRemoved(files.size(),
                () -> files.keySet().stream().map(this::relative).toList()));
        // a failed listing misses files: the next load must list afresh, not update it by what changed
        cache.listed(articleFiles.orElse(null));
        // read after the articles: a rule names tags as articles do, and is told of names no article uses
        CollectionReader collectionReader = new CollectionReader(images);
        CollectionReader.TagSlugsByName tagSlugs =
                CollectionReader.TagSlugsByName.of(tagSlugsByName(listedTags, rawArticles));
        List<TopicCollection> collections = namedFiles("collections", (file, slug, claims) ->
                collectionReader.read(file.text(), slug, file.problems(), claims, tagSlugs, references::add));
        ContentLinker linker = new ContentLinker(sections, authors, issues, series, listedTags, cache);
        List<Article> articles = linker.link(rawArticles, references, unlinked, media, Instant.now());
        Content content = new Content(site, sections, authors, linker.tags(), issues, series, collections, specials,
                articles, filesHash(), ContentHistory.NONE);
        List<Problem> all = new ArrayList<>(problems());
        all.addAll(linker.problems());
        return new LoadResult(content, all, linker.uses(), digests);
    }

    /**
     * Reads each {@code .yaml} file under {@code relative}, in path order, into the thing it names (its
     * file name is the slug unless it says otherwise); files with errors are left out.
     */
    private <T> List<T> namedFiles(String relative, NamedReader<T> reader) {
        NamedFile.Claims claims = new NamedFile.Claims();
        return filesUnder(relative, ".yaml").keySet().stream()
                .map(path -> read(path).map(file -> guarded(file,
                        () -> reader.read(file, baseName(path, ".yaml"), claims))).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    /** Reads one named data file, its name without {@code .yaml} and the slugs the kind's other files took. */
    private interface NamedReader<T> {
        T read(SourceFile file, String fileSlug, NamedFile.Claims claims);
    }

    /** Every tag name tags.yaml lists or an article uses, with its slug (as the linker will give it). */
    private static Map<String, String> tagSlugsByName(List<Tag> listedTags, List<RawArticle> rawArticles) {
        Map<String, String> slugs = new HashMap<>();
        listedTags.forEach(tag -> slugs.putIfAbsent(tag.name(), tag.slug()));
        rawArticles.forEach(raw -> raw.tags().forEach(tag -> slugs.computeIfAbsent(tag.value(), TagSlugs::derive)));
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
        return read(path).map(file -> guarded(file, () -> cache.get(relative, stamp, readAt, file.digest(), zone, media,
                file.problems(), () -> reader.read(relative, baseName(path, ".md"), file.text(), file.problems()))))
                .orElse(null);
    }

    /**
     * Runs a file's reader. A failure in Kiosk on one file (a bug, a stack overflow on some input no
     * guard foresaw) is that file's error, located at it; the other files load as usual.
     */
    private static <T> T guarded(SourceFile file, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (RuntimeException | StackOverflowError e) {
            file.problems().error(1, 1, "Kiosk failed to read this file (" + e.getClass().getSimpleName() + ")",
                    "the other files were read as usual; please report this to Kiosk's maintainers with the file");
            return null;
        }
    }

    /** A file's text and the problems collector for it; problems reach the result once the reader is done. */
    private record SourceFile(String text, Problems problems, byte[] digest) {
    }

    private Optional<SourceFile> readOptional(String relative) {
        Path path = folder.resolve(relative);
        return files.exists(path) ? read(path) : Optional.empty();
    }

    private Optional<SourceFile> readRequired(String relative, String what) {
        Path path = folder.resolve(relative);
        if (!files.exists(path)) {
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
            byte[] bytes = files.read(path, relative.startsWith(ARTICLES + "/") ? Limits.ARTICLE_FILE_BYTES
                    : Limits.DATA_FILE_BYTES);
            byte[] digest = Digests.sha256(bytes);
            digests.put(relative, digest);
            String text = SourceText.decode(bytes);
            Located<Integer> control = SourceText.firstControlCharacter(text);
            if (control != null) {
                fileProblems.error(control.line(), control.column(), "the file contains the control character "
                        + SourceText.codePoint(control.value()), "remove it: it may come from a copy and paste");
            }
            return Optional.of(new SourceFile(text, fileProblems, digest));
        } catch (CharacterCodingException e) {
            fileProblems.error(1, 1, "the file is not valid UTF-8", "save it as UTF-8 (without Shift_JIS or other encodings)");
        } catch (RefusedFileException e) {
            fileProblems.error(0, 0, e.getMessage(), e.hint());
        } catch (IOException e) {
            fileProblems.error(0, 0, "cannot read the file: " + SafeFolder.reason(e), "check its permissions");
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
            return FileListing.walk(files, folder.resolve(relative), extension);
        } catch (IOException e) {
            return cannotList(relative, e);
        }
    }

    /**
     * The article files: the last load's listing updated by the paths that changed since, when known;
     * empty when the folder cannot be listed (the problem is reported).
     */
    private Optional<NavigableMap<Path, FileStamp>> articleFiles() {
        Optional<NavigableMap<Path, FileStamp>> earlier = cache.listing();
        try {
            if (changed.isEmpty() || earlier.isEmpty()) {
                return Optional.of(FileListing.walk(files, folder.resolve(ARTICLES), ".md"));
            }
            Set<Path> paths = changed.get().stream().map(path -> path.toAbsolutePath().normalize())
                    .collect(Collectors.toSet());
            return Optional.of(FileListing.relist(files, earlier.get(), folder.resolve(ARTICLES), ".md", paths));
        } catch (IOException e) {
            cannotList(ARTICLES, e);
            return Optional.empty();
        }
    }

    /** The media files and what each is; every file that may not be published is an error at its path. */
    private MediaLibrary mediaLibrary() {
        Path mediaFolder = folder.resolve(MEDIA);
        MediaLibrary library;
        try {
            library = cache.media().library(files, mediaFolder, changed);
        } catch (IOException e) {
            cannotList(MEDIA, e);
            return new MediaLibrary(files, mediaFolder, Map.of());
        }
        library.verdicts().forEach((path, verdict) -> {
            if (verdict instanceof MediaLibrary.Refused refused) {
                report(MEDIA + "/" + path).error(0, 0, refused.reason(), refused.hint());
            }
        });
        return library;
    }

    private NavigableMap<Path, FileStamp> cannotList(String relative, IOException e) {
        report(relative).error(0, 0, "cannot list the folder: " + SafeFolder.reason(e), "check its permissions");
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
