package kiosk.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Text made opaque for clients (cursors, global ids): base64url without padding, which is safe in
 * URLs and tells clients not to build or parse it.
 */
final class OpaqueText {

    private OpaqueText() {
    }

    static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text, or empty when {@code opaque} is not base64url. */
    static Optional<String> decode(String opaque) {
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(opaque), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
