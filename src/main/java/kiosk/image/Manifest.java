package kiosk.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * What the cache knows of one source at one setting: its size, colour and variant files. Written
 * after the variants, so a manifest that exists names files that exist (unless someone deleted them,
 * which {@link #rendition} notices).
 */
record Manifest(int width, int height, String colour, List<Entry> variants) {

    record Entry(int width, int height, ImageFormat format, String name) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<Manifest> read(Path file) {
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(file), Manifest.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // a half-written or foreign file: the source is processed again and the manifest rewritten
            return Optional.empty();
        }
    }

    void write(Path file) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), ".manifest", ".tmp");
        try {
            Files.write(temporary, JSON.writeValueAsBytes(this));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The rendition, when every variant file is still in {@code files}. */
    Optional<Rendition> rendition(Path files) {
        List<Variant> found = variants.stream().map(entry -> new Variant(entry.width(), entry.height(), entry.format(),
                ImagePipeline.PATH_PREFIX + entry.name(), files.resolve(entry.name()))).toList();
        return found.stream().allMatch(variant -> Files.isRegularFile(variant.file()))
                ? Optional.of(new Rendition(width, height, colour, found)) : Optional.empty();
    }
}
