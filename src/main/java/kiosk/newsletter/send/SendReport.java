package kiosk.newsletter.send;

import java.time.Duration;
import java.util.Map;
import kiosk.newsletter.store.DeliveryState;

/**
 * What a run of {@code kiosk newsletter send} did, and where the edition stands.
 *
 * @param sent      mails the server accepted in this run
 * @param failed    addresses refused permanently in this run (now marked bounced)
 * @param deferred  mails that failed transiently on every attempt: a rerun sends them
 * @param uncertain mails whose connection broke after the final dot: the server may have them, so they
 *                  are not sent again
 * @param totals    the edition's deliveries by state, over every run
 */
public record SendReport(long sent, long failed, long deferred, long uncertain, Duration took,
                         Map<DeliveryState, Long> totals) {

    public String summary() {
        return String.format("%d sent, %d refused (marked bounced), %d left for a rerun, %d uncertain in %.1f s;"
                        + " edition in total: %s", sent, failed, deferred, uncertain, took.toMillis() / 1000.0, totals);
    }
}
