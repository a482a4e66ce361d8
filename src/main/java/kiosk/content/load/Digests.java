package kiosk.content.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/** SHA-256 of files and of a whole folder, to name a content revision without git. */
public final class Digests {

    private Digests() {
    }

    public static byte[] sha256(byte[] bytes) {
        return newSha256().digest(bytes);
    }

    /** One digest over every path and its file's digest, in the map's (sorted) order. */
    static byte[] combine(Map<String, byte[]> digestsByPath) {
        MessageDigest combined = newSha256();
        digestsByPath.forEach((path, digest) -> {
            combined.update(path.getBytes(StandardCharsets.UTF_8));
            combined.update((byte) 0);
            combined.update(digest);
        });
        return combined.digest();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
