package kiosk.site.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import kiosk.content.Limits;
import kiosk.content.files.SafeFolder;

/**
 * A short hash of a folder's file names and bytes: tells whether templates or assets changed. Files
 * are read through the site folder's {@link SafeFolder}: a link out of it is refused, never read.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(SafeFolder site, Path folder) {
        MessageDigest digest = sha256();
        Path absolute = folder.toAbsolutePath().normalize();
        for (Map.Entry<Path, BasicFileAttributes> file : StaticFiles.listed(site, absolute).entrySet()) {
            if (file.getValue() == null) {
                StaticFiles.refuse(site, file.getKey());
            }
            digest.update(absolute.relativize(file.getKey()).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = new DigestInputStream(site.open(file.getKey(), Limits.SITE_FILE_BYTES), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new BakeException(site.root().relativize(file.getKey()) + ": " + SafeFolder.reason(e), e);
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 5);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
