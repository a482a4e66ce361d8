package kiosk.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    private final Tokens tokens = new Tokens(key((byte) 1));

    @Test
    void verify_aTokenItIssued_namesTheSubscriberForItsPurposeOnly() {
        String token = tokens.issue(Tokens.Purpose.UNSUBSCRIBE, "ref-1", NOW);
        assertThat(tokens.verify(token, Tokens.Purpose.UNSUBSCRIBE, NOW.plus(Duration.ofDays(3650)))).contains("ref-1");
        assertThat(tokens.verify(token, Tokens.Purpose.TOPICS, NOW)).isEmpty();
        assertThat(tokens.verify(token, Tokens.Purpose.CONFIRM, NOW)).isEmpty();
    }

    @Test
    void verify_forgedOrOtherKeysTokens_areRefused() {
        String token = tokens.issue(Tokens.Purpose.UNSUBSCRIBE, "ref-1", NOW);
        assertThat(tokens.verify(token.replace("ref-1", "ref-2"), Tokens.Purpose.UNSUBSCRIBE, NOW)).isEmpty();
        assertThat(tokens.verify(new Tokens(key((byte) 2)).issue(Tokens.Purpose.UNSUBSCRIBE, "ref-1", NOW),
                Tokens.Purpose.UNSUBSCRIBE, NOW)).isEmpty();
        assertThat(tokens.verify("u.ref-1.0.AAAA", Tokens.Purpose.UNSUBSCRIBE, NOW)).isEmpty();
        assertThat(tokens.verify(null, Tokens.Purpose.UNSUBSCRIBE, NOW)).isEmpty();
        assertThat(tokens.verify("garbage", Tokens.Purpose.UNSUBSCRIBE, NOW)).isEmpty();
    }

    @Test
    void verify_confirmationTokens_lapseAfterAWeek() {
        String token = tokens.issue(Tokens.Purpose.CONFIRM, "ref-1", NOW);
        assertThat(tokens.verify(token, Tokens.Purpose.CONFIRM, NOW.plus(Duration.ofDays(6)))).contains("ref-1");
        assertThat(tokens.verify(token, Tokens.Purpose.CONFIRM, NOW.plus(Duration.ofDays(8)))).isEmpty();
    }

    private static byte[] key(byte value) {
        byte[] key = new byte[32];
        Arrays.fill(key, value);
        return key;
    }
}
