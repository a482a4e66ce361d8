package kiosk.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A receiver's check of a webhook's signature, written from the Standard Webhooks specification. */
public final class StandardWebhooks {

    private StandardWebhooks() {
    }

    /**
     * Whether {@code signature} (a {@code webhook-signature} header: space-separated {@code v1,<base64>})
     * holds the HMAC-SHA256 of {@code id.timestamp.body} under {@code secret} ({@code whsec_<base64>}).
     */
    public static boolean verified(String secret, String id, String timestamp, String signature, String body)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return List.of(signature.split(" ")).contains(expected);
    }
}
