package kiosk.site.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import kiosk.content.Limits;
import kiosk.content.files.MediaFiles;
import kiosk.content.files.SafeFolder;

/**
 * Files copied as they are: the site's assets to the root of the output (JBake's convention) and
 * the published content's media to {@code /media/}, and the variants of its images to {@code /img/}. Each is opened through its folder's
 * {@link SafeFolder} when it is copied or served, so a link out of the site or content folder is
 * never followed, and media are judged again by their first bytes ({@link MediaFiles}): a file
 * swapped since the content was checked is refused, not published.
 *
 * @param files source file by output path (forward slashes)
 * @param media the output paths of content media
 * @param variants the output paths of image variants, which Kiosk wrote into its own cache (the rest are assets)
 */
record StaticFiles(Map<String, Path> files, Set<String> media, Set<String> variants, SafeFolder site, SafeFolder content) {

    static final String MEDIA = "media/";

    StaticFiles {
        files = Map.copyOf(files);
        media = Set.copyOf(media);
        variants = Set.copyOf(variants);
    }

    /**
     * @param assets the site's assets folder, copied whole but for what {@code published} leaves out; may be missing
     * @param published whether an asset, by output path ({@code js/x.js}), belongs in the site
     * @param media  {@code content/media}, of which only the {@code used} files are copied; may be missing
     * @param used   output paths of the media files published content refers to ({@link MediaReferences})
     * @param variants image variants by output path ({@code img/...}), files in the image cache
     * @throws BakeException when an asset may not be published (a link out of the site folder...)
     */
    static StaticFiles of(SafeFolder site, Path assets, Predicate<String> published, SafeFolder content, Path media,
                          Set<String> used, Map<String, Path> variants) {
        Map<String, Path> files = new TreeMap<>();
        Path assetFolder = assets.toAbsolutePath().normalize();
        Path mediaFolder = media.toAbsolutePath().normalize();
        for (Map.Entry<Path, BasicFileAttributes> asset : listed(site, assetFolder).entrySet()) {
            if (asset.getValue() == null) {
                refuse(site, asset.getKey());
            }
            String path = slashes(assetFolder.relativize(asset.getKey()));
            if (published.test(path)) {
                files.put(path, asset.getKey());
            }
        }
        Map<String, Path> mediaFiles = new TreeMap<>();
        for (String path : used) {
            Path file = mediaFolder.resolve(path.substring(MEDIA.length())).normalize();
            if (file.startsWith(mediaFolder) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                mediaFiles.put(path, file);
            }
        }
        files.putAll(mediaFiles);
        files.putAll(variants);
        return new StaticFiles(files, mediaFiles.keySet(), variants.keySet(), site, content);
    }

    /** Every file below {@code folder}, listed by {@link SafeFolder#list}. */
    static Map<Path, BasicFileAttributes> listed(SafeFolder site, Path folder) {
        try {
            return site.list(folder, file -> true);
        } catch (IOException e) {
            throw new BakeException(slashes(site.root().relativize(folder)) + ": cannot list the folder: "
                    + SafeFolder.reason(e), e);
        }
    }

    /** Throws what {@link SafeFolder#open} says of a file its listing could not take. */
    static void refuse(SafeFolder folder, Path file) {
        String name = slashes(folder.root().relativize(file));
        try {
            folder.open(file, Limits.SITE_FILE_BYTES).close();
        } catch (IOException e) {
            throw new BakeException(name + ": " + SafeFolder.reason(e), e);
        }
        throw new BakeException(name + ": cannot be read");
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    /**
     * Copies every file whose size or modification time differs from its copy in {@code out}, running
     * {@code beforeCopying} before each copy.
     */
    int copyChanged(Path out, Runnable beforeCopying) {
        int copied = 0;
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            if (copyIfChanged(entry.getKey(), entry.getValue(), out.resolve(entry.getKey()), beforeCopying)) {
                copied++;
            }
        }
        return copied;
    }

    /** The bytes of the file at {@code path}, when there is one and it may be published. */
    Optional<byte[]> read(String path) {
        Path source = files.get(path);
        if (source == null) {
            return Optional.empty();
        }
        try (InputStream in = open(path, source)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean copyIfChanged(String path, Path source, Path target, Runnable beforeCopying) {
        try {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(source, BasicFileAttributes.class);
            } catch (IOException e) {
                throw new BakeException(sourceName(path) + ": " + SafeFolder.reason(e), e);
            }
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == attributes.size()
                    // milliseconds: copying keeps the time only to the file system's or the JDK's precision
                    && Files.getLastModifiedTime(target).toMillis() == attributes.lastModifiedTime().toMillis()) {
                return false;
            }
            beforeCopying.run();
            Path temporary = OutputFiles.temporaryBeside(target);
            // written into the temporary file as created, readable by all like every other published file
            try (InputStream in = open(path, source); OutputStream copy = Files.newOutputStream(temporary)) {
                in.transferTo(copy);
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                throw new BakeException(sourceName(path) + ": " + SafeFolder.reason(e), e);
            }
            // the copy keeps the source's modification time, which the next update compares
            Files.setLastModifiedTime(temporary, FileTime.fromMillis(attributes.lastModifiedTime().toMillis()));
            OutputFiles.moveAtomically(OutputFiles.readableByAll(temporary), target);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open(String path, Path source) throws IOException {
        if (variants.contains(path)) {
            return Files.newInputStream(source);
        }
        return media.contains(path) ? MediaFiles.open(content, source) : site.open(source, Limits.SITE_FILE_BYTES);
    }

    /** The file as its folder names it: {@code media/x.png}, {@code assets/css/site.css}. */
    private String sourceName(String path) {
        if (variants.contains(path)) {
            return "the image variant " + files.get(path);
        }
        SafeFolder folder = media.contains(path) ? content : site;
        return slashes(folder.root().relativize(files.get(path)));
    }
}
