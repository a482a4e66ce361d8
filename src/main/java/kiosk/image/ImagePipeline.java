package kiosk.image;

import com.twelvemonkeys.image.ResampleOp;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.content.files.MediaFiles;
import kiosk.content.files.MediaType;

/**
 * Produces the variants of images: each width of {@link #widths} narrower than the source (never
 * upscaled; the source's own width when it is narrower than the widest) in WebP and in the source's
 * format, upright, in sRGB, without metadata but the rights line, named by a hash of their bytes.
 *
 * <p>Variants are cached by the SHA-256 of the source's bytes (and the settings) in a folder that
 * outlives the process, so a bake after an unchanged one decodes nothing, and a renamed photo is not
 * processed again. Sources are processed in parallel; the caller decides which thread waits.
 */
public final class ImagePipeline {

    /** Where variants are published in the site. */
    public static final String PATH_PREFIX = "/img/";
    /** Always produced besides the configured widths: what OpenGraph and news search ask sharing images to have. */
    public static final int SHARE_WIDTH = 1200;
    /** Bumped when the output of the same settings changes, so old cached variants are not reused. */
    private static final String VERSION = "1";

    private final Path files;
    private final Path manifests;
    private final List<Integer> widths;
    private final String settings;
    private final int threads;
    /** Digests of files read before, while their size and modification time are unchanged. */
    private final Map<Path, Stamped> digests = new ConcurrentHashMap<>();

    private record Stamped(long size, long modified, String digest) {
    }

    /** What one run did. */
    public record Result(Renditions renditions, int processed, int reused, Map<String, String> failures) {

        public Result {
            failures = Map.copyOf(failures);
        }
    }

    /**
     * @param cache  the folder variants and manifests are kept in; created when missing
     * @param widths the widths to produce, in pixels; {@link #SHARE_WIDTH} is added
     */
    public ImagePipeline(Path cache, Collection<Integer> widths, int threads) {
        this.files = cache.resolve("files");
        this.manifests = cache.resolve("manifests");
        this.widths = withShareWidth(widths);
        if (this.widths.isEmpty() || this.widths.get(0) < 1) {
            throw new IllegalArgumentException("image widths must be positive: " + widths);
        }
        this.settings = sha256(("v" + VERSION + " " + this.widths + " " + ImageEncoder.JPEG_QUALITY + " "
                + ImageEncoder.WEBP_QUALITY).getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        this.threads = Math.max(1, threads);
    }

    public ImagePipeline(Path cache, Collection<Integer> widths) {
        this(cache, widths, Runtime.getRuntime().availableProcessors());
    }

    /** The widths produced for {@code widths} as configured: sorted, with {@link #SHARE_WIDTH}. */
    static List<Integer> withShareWidth(Collection<Integer> widths) {
        TreeSet<Integer> all = new TreeSet<>(widths);
        all.add(SHARE_WIDTH);
        return List.copyOf(all);
    }

    /** The widths this pipeline produces, ascending. */
    public List<Integer> widths() {
        return widths;
    }

    /**
     * The renditions of {@code sources}: from the cache where it has them, else produced now, in parallel.
     * A source that cannot be read or decoded has none (it is published as it is) and is named in
     * {@link Result#failures()} with the reason.
     */
    public Result process(Collection<ImageSource> sources) {
        try {
            Files.createDirectories(files);
            Files.createDirectories(manifests);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the image cache " + files.getParent(), e);
        }
        Map<String, Rendition> renditions = new ConcurrentHashMap<>();
        Map<String, String> failures = new ConcurrentHashMap<>();
        AtomicInteger processed = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, sources.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "kiosk-images");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (ImageSource source : sources) {
                tasks.add(pool.submit(() -> {
                    try {
                        Outcome outcome = rendition(source);
                        renditions.put(source.src(), outcome.rendition());
                        (outcome.cached() ? reused : processed).incrementAndGet();
                    } catch (IOException | RuntimeException e) {
                        failures.put(source.src(), e.getMessage() == null ? e.toString() : e.getMessage());
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while processing images", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("image processing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(new Renditions(renditions), processed.get(), reused.get(), new TreeMap<>(failures));
    }

    private record Outcome(Rendition rendition, boolean cached) {
    }

    private Outcome rendition(ImageSource source) throws IOException {
        Stamped known = digests.get(source.file());
        long size = Files.size(source.file());
        long modified = Files.getLastModifiedTime(source.file()).toMillis();
        byte[] bytes = null;
        String digest;
        if (known != null && known.size() == size && known.modified() == modified) {
            digest = known.digest();
        } else {
            bytes = read(source);
            digest = sha256(bytes);
            digests.put(source.file(), new Stamped(size, modified, digest));
        }
        Path manifestFile = manifests.resolve(digest + "." + settings + ".json");
        Optional<Rendition> cached = Manifest.read(manifestFile).flatMap(manifest -> manifest.rendition(files));
        if (cached.isPresent()) {
            return new Outcome(cached.get(), true);
        }
        if (bytes == null) {
            bytes = read(source);
        }
        Manifest manifest = produce(source, bytes);
        manifest.write(manifestFile);
        return new Outcome(manifest.rendition(files).orElseThrow(), false);
    }

    private static byte[] read(ImageSource source) throws IOException {
        try (InputStream in = MediaFiles.open(source.folder(), source.file())) {
            return in.readAllBytes();
        }
    }

    private Manifest produce(ImageSource source, byte[] bytes) throws IOException {
        MediaType type = MediaType.sniff(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, MediaType.SNIFF_BYTES)))
                .orElseThrow(() -> new IOException("not an image Kiosk can read"));
        ImageFormat original = ImageFormat.originalOf(type);
        if (original == null) {
            throw new IOException(type.description() + " is published as it is: Kiosk cannot decode it");
        }
        Decoded decoded = ImageDecoder.decode(bytes, widths.get(widths.size() - 1));
        BufferedImage image = decoded.image();
        int sourceWidth = decoded.width();
        int sourceHeight = decoded.height();
        List<Manifest.Entry> entries = new ArrayList<>();
        BufferedImage previous = image;
        BufferedImage smallest = image;
        for (int width : widestFirst(targetWidths(sourceWidth))) {
            int height = Math.max(1, Math.round((float) sourceHeight * width / sourceWidth));
            // each step from the last, larger one: a fraction of the work of resampling the camera file each time
            BufferedImage resized = width == previous.getWidth() ? previous
                    : new ResampleOp(width, height, ResampleOp.FILTER_LANCZOS).filter(previous, null);
            for (ImageFormat format : original == ImageFormat.WEBP ? List.of(ImageFormat.WEBP)
                    : List.of(original, ImageFormat.WEBP)) {
                byte[] encoded = ImageEncoder.encode(resized, format, original == ImageFormat.PNG, decoded.rights());
                String name = source.stem() + "-" + width + "." + sha256(encoded).substring(0, 10) + "."
                        + format.extension();
                store(name, encoded);
                entries.add(new Manifest.Entry(width, height, format, name));
            }
            previous = resized;
            smallest = resized;
        }
        return new Manifest(sourceWidth, sourceHeight, averageColour(smallest), entries);
    }

    /** The configured widths below the source's, and the source's own when it is narrower than the widest. */
    List<Integer> targetWidths(int sourceWidth) {
        List<Integer> targets = new ArrayList<>(widths.stream().filter(width -> width < sourceWidth).toList());
        if (targets.isEmpty() || sourceWidth < widths.get(widths.size() - 1) || widths.contains(sourceWidth)) {
            targets.add(sourceWidth);
        }
        return List.copyOf(new TreeSet<>(targets));
    }

    private static List<Integer> widestFirst(List<Integer> widths) {
        List<Integer> reversed = new ArrayList<>(widths);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private void store(String name, byte[] bytes) throws IOException {
        Path target = files.resolve(name);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            return; // named by its content: the same bytes
        }
        Path temporary = Files.createTempFile(files, ".variant", ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The mean of the pixels, a placeholder colour close to what the photo looks like from afar. */
    static String averageColour(BufferedImage image) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        long red = 0;
        long green = 0;
        long blue = 0;
        for (int pixel : pixels) {
            red += pixel >> 16 & 0xFF;
            green += pixel >> 8 & 0xFF;
            blue += pixel & 0xFF;
        }
        int count = Math.max(1, pixels.length);
        return String.format("#%02x%02x%02x", red / count, green / count, blue / count);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
