package kiosk.newsletter.send;

import java.time.Duration;

/**
 * How fast and how stubbornly an edition is sent.
 *
 * @param mailsPerSecond the pace, 0 for as fast as the server takes them; mail providers throttle or
 *                       refuse a sender who goes faster than its reputation allows
 * @param batchSize      mails per SMTP connection, after which it is closed and a new one opened
 * @param attempts       tries of a mail that fails transiently (4xx, lost connection) before it is left
 *                       for the next run
 * @param firstBackoff   the wait after the first failure, doubled after each further one
 */
public record SendOptions(double mailsPerSecond, int batchSize, int attempts, Duration firstBackoff) {

    public static final double DEFAULT_RATE = 20;
    public static final int DEFAULT_BATCH = 100;

    public SendOptions {
        if (mailsPerSecond < 0 || batchSize < 1 || attempts < 1 || firstBackoff.isNegative()) {
            throw new IllegalArgumentException("rate must not be negative, batch size and attempts must be positive");
        }
    }

    public static SendOptions defaults() {
        return new SendOptions(DEFAULT_RATE, DEFAULT_BATCH, 5, Duration.ofSeconds(1));
    }
}
