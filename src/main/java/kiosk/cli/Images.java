package kiosk.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kiosk.content.files.MediaType;
import kiosk.content.files.SafeFolder;
import kiosk.image.ImageSource;

/** The published images the pipeline makes variants of, and where it keeps them. */
final class Images {

    private static final String MEDIA = "/media/";

    private Images() {
    }

    /** The variant cache below {@code --data}: it outlives output folders, so a fresh bake reuses it. */
    static Path cache(Path data) {
        return data.resolve("images");
    }

    /**
     * @param published the {@code /media/...} references of published content (images and documents)
     * @param content   the content folder they were read from
     * @return the images among them that exist as files in the content's media folder
     */
    static List<ImageSource> sources(List<String> published, Path content) {
        Path contentFolder = content.toAbsolutePath().normalize();
        Path media = contentFolder.resolve("media");
        SafeFolder folder = new SafeFolder(contentFolder, "the content folder");
        List<ImageSource> sources = new ArrayList<>();
        for (String src : published) {
            if (!src.startsWith(MEDIA) || !MediaType.ofName(src).map(MediaType::isImage).orElse(false)) {
                continue;
            }
            Path file = media.resolve(src.substring(MEDIA.length())).normalize();
            if (file.startsWith(media) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                sources.add(new ImageSource(src, folder, file));
            }
        }
        return sources;
    }
}
