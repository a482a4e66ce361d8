package kiosk.api.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /img/<file>}: the baked site's image variants, cached by browsers and CDNs for a year as
 * they are: each name carries a hash of its bytes, so a changed image is a new URL. A route rather than
 * a static file handler: the folder may not exist when the server starts (it answers before the first
 * bake), and an output folder must stay empty until Kiosk bakes into it.
 */
final class ImageVariants {

    static final String PATH = "/img/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** A variant's name as the pipeline writes it, never a path: {@code photo-640.3f9c1e2d4b.webp}. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+-[0-9]+\\.[0-9a-f]{10}\\.(jpg|png|webp)");
    private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "png", "image/png", "webp", "image/webp");

    private final Path folder;
    private final BooleanSupplier siteBaked;

    ImageVariants(Path siteFolder, BooleanSupplier siteBaked) {
        this.folder = siteFolder.resolve(PATH.substring(1)).toAbsolutePath();
        this.siteBaked = siteBaked;
    }

    void handle(Context ctx) throws IOException {
        Matcher name = NAME.matcher(ctx.pathParam("file"));
        Path file = folder.resolve(ctx.pathParam("file"));
        if (!name.matches() || !siteBaked.getAsBoolean() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotFoundResponse();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NotFoundResponse(); // deleted by an update meanwhile
        }
        ctx.header("Cache-Control", IMMUTABLE).contentType(TYPES.get(name.group(1))).result(bytes);
    }
}
