package kiosk.newsletter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.newsletter.EmailAddress;
import kiosk.newsletter.SubscriberStatus;
import kiosk.newsletter.Topics;
import org.junit.jupiter.api.Test;

/** What every newsletter store does, run against SQLite and PostgreSQL alike. */
abstract class NewsletterStoreContract {

    static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

    /** A new, empty store. */
    abstract NewsletterStore store();

    /** The same store opened again (a restart, or another replica). */
    abstract NewsletterStore reopen(NewsletterStore store);

    static EmailAddress address(String text) {
        return EmailAddress.parse(text).orElseThrow();
    }

    @Test
    void signup_thenConfirm_takesTheTopicsAskedFor_andMakesARecipient() {
        NewsletterStore store = store();
        SignupResult result = store.signup(address("a@example.jp"), new Topics(Set.of("world")), NOW);
        assertThat(result.kind()).isEqualTo(SignupResult.Kind.CONFIRM);
        assertThat(store.recipients("2026-11-24", "", 10)).isEmpty();

        assertThat(store.confirm(result.subscriber(), NOW)).isTrue();
        assertThat(store.confirm(result.subscriber(), NOW)).as("a link followed twice").isTrue();
        assertThat(store.recipients("2026-11-24", "", 10)).singleElement().satisfies(recipient -> {
            assertThat(recipient.address()).isEqualTo(address("a@example.jp"));
            assertThat(recipient.topics()).isEqualTo(new Topics(Set.of("world")));
        });
        assertThat(store.signup(address("A@Example.jp"), Topics.ALL, NOW).kind())
                .isEqualTo(SignupResult.Kind.ALREADY_SUBSCRIBED);
        assertThat(store.topics(result.subscriber())).contains(new Topics(Set.of("world")));
    }

    @Test
    void signup_theSameAddressOverAndOver_mailsItThreeTimesADay() {
        NewsletterStore store = store();
        List<SignupResult.Kind> kinds = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> store.signup(address("flood@example.jp"), Topics.ALL, NOW.plusSeconds(i)).kind()).toList();
        assertThat(kinds).containsExactly(SignupResult.Kind.CONFIRM, SignupResult.Kind.CONFIRM, SignupResult.Kind.CONFIRM,
                SignupResult.Kind.LIMITED, SignupResult.Kind.LIMITED);
        assertThat(store.signup(address("flood@example.jp"), Topics.ALL, NOW.plus(Duration.ofHours(25))).kind())
                .isEqualTo(SignupResult.Kind.CONFIRM);
    }

    @Test
    void unsubscribe_erasesTheAddress_andAReSignupStartsAfresh() {
        NewsletterStore store = store();
        String first = store.signup(address("leaver@example.jp"), Topics.ALL, NOW).subscriber();
        store.confirm(first, NOW);
        store.unsubscribe(first, NOW);
        store.unsubscribe(first, NOW);
        assertThat(store.status(first)).contains(SubscriberStatus.UNSUBSCRIBED);
        assertThat(store.address(first)).isEmpty();
        assertThat(store.recipients("e", "", 10)).isEmpty();
        SignupResult again = store.signup(address("leaver@example.jp"), Topics.ALL, NOW);
        assertThat(again.kind()).isEqualTo(SignupResult.Kind.CONFIRM);
        assertThat(again.subscriber()).isNotEqualTo(first);
        assertThat(store.confirm(first, NOW)).as("an old confirmation link of the one who left").isFalse();
    }

    @Test
    void deliveries_handedOverOrFailed_areNotRecipientsAgain_retriesAre_andAFailureBounces() {
        NewsletterStore store = store();
        String[] refs = new String[4];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = store.signup(address("r" + i + "@example.jp"), Topics.ALL, NOW).subscriber();
            store.confirm(refs[i], NOW);
        }
        store.handOver("e1", refs[0], List.of(), NOW);
        store.handOver("e1", refs[1], List.of(refs[0]), NOW);
        store.retry("e1", refs[2], "SMTP 451", NOW);
        store.failed("e1", refs[3], "SMTP 550", NOW);

        assertThat(store.recipients("e1", "", 10)).extracting(Recipient::subscriber).containsExactly(refs[2]);
        assertThat(store.deliveryCounts("e1")).isEqualTo(Map.of(DeliveryState.SENT, 1L, DeliveryState.HANDED_OVER, 1L,
                DeliveryState.RETRY, 1L, DeliveryState.FAILED, 1L));
        assertThat(store.status(refs[3])).contains(SubscriberStatus.BOUNCED);
        assertThat(store.recipients("e2", "", 10)).hasSize(3);
        assertThat(store.editionModel("e1", "{\"first\":1}", NOW)).isEqualTo("{\"first\":1}");
        assertThat(store.editionModel("e1", "{\"second\":2}", NOW)).as("a rerun gets the first model").isEqualTo("{\"first\":1}");
    }

    @Test
    void reopen_keepsSubscribersAndTheSigningKey() {
        NewsletterStore store = store();
        byte[] key = store.signingKey();
        String ref = store.signup(address("kept@example.jp"), Topics.ALL, NOW).subscriber();
        NewsletterStore again = reopen(store);
        assertThat(again.signingKey()).isEqualTo(key);
        assertThat(again.status(ref)).contains(SubscriberStatus.PENDING);
    }

    @Test
    void lockEdition_isHeldByOneSenderAtATime() throws Exception {
        NewsletterStore store = store();
        NewsletterStore other = reopen(store);
        try (AutoCloseable held = store.lockEdition("2026-11-24")) {
            assertThatThrownBy(() -> other.lockEdition("2026-11-24")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("another 'kiosk newsletter send'");
            other.lockEdition("2026-12-01").close();
        }
        other.lockEdition("2026-11-24").close();
    }
}
