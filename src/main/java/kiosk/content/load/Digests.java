package kiosk.content.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/** SHA-256 of files and of a whole folder, to name a content revision without git. */
public final class Digests {

    private static final MessageDigest SHA_256 = lookUp();

    private Digests() {
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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

    /** A copy of one looked up once: looking the algorithm up among the providers cost more than hashing a small file. */
    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }
}
