package kiosk.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kiosk.content.UrlPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads a baked site the way a static host serves it. */
public final class SiteFiles {

    private final Path root;

    public SiteFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The file a host serves for a site path: percent-decoded, {@code index.html} for folders. */
    public Optional<Path> fileFor(String sitePath) {
        String decoded = URLDecoder.decode(sitePath.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path file = root.resolve(decoded.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The site path of an output file: {@code articles/x/index.html} is {@code /articles/x/}. */
    public String sitePath(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return "/" + (relative.endsWith("index.html") ? relative.substring(0, relative.length() - "index.html".length()) : relative);
    }

    public Document html(String sitePath) {
        Path file = fileFor(sitePath).orElseThrow(() -> new AssertionError("no page at " + sitePath));
        return parse(file);
    }

    public Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "http://site.test" + URI.create(sitePathEncoded(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sitePathEncoded(Path file) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : sitePath(file).split("/", -1)) {
            encoded.append(UrlPaths.encodeSegment(segment)).append('/');
        }
        return encoded.substring(0, encoded.length() - 1);
    }

    public List<Path> files(String extension) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
