package kiosk.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"reader@example.jp", "Taro.Yamada+news@Mail.Example.CO.JP", "taro..yamada.@docomo.ne.jp",
            " spaced@example.jp ", "dokusha@例え.jp", "a@b.cd"})
    void parse_addressesBySyntax_areAccepted(String text) {
        assertThat(EmailAddress.parse(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "reader", "@example.jp", "reader@", "reader@localhost", "reader@example", "a@b@example.jp",
            "reader@exa mple.jp", "\"quoted\"@example.jp", "reader@[127.0.0.1]", "reader@1.2.3.4", ".dot@example.jp",
            "reader@-example.jp", "<script>@example.jp", "reader@example.jp\r\nBcc: x@example.jp"})
    void parse_nonAddresses_areRefused(String text) {
        assertThat(EmailAddress.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void parse_normalises_andToStringHidesTheAddress() {
        EmailAddress address = EmailAddress.parse(" Taro@Example.JP ").orElseThrow();
        assertThat(address.value()).isEqualTo("taro@example.jp");
        assertThat(address).isEqualTo(EmailAddress.parse("taro@example.jp").orElseThrow());
        assertThat(address.toString()).doesNotContain("taro").doesNotContain("example");
        assertThat(EmailAddress.parse("dokusha@例え.jp").orElseThrow().value()).endsWith("@xn--r8jz45g.jp");
    }
}
