package kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which URLs an editor may have the server post to: https, and public addresses only. */
class PublicAddressesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://front.example.jp/api/revalidate | not an https URL",
            "https://127.0.0.1/hook | loopback",
            "https://127.9.9.9:8443/hook | loopback",
            "https://localhost/hook | loopback",
            "https://[::1]/hook | loopback",
            "https://[::ffff:127.0.0.1]/hook | loopback",
            "https://0.0.0.0/hook | any-address",
            "https://10.1.2.3/hook | private",
            "https://172.16.0.1/hook | private",
            "https://192.168.1.20/hook | private",
            "https://169.254.169.254/latest/meta-data/ | link-local",
            "https://[fe80::1]/hook | link-local",
            "https://[fd00:ec2::254]/latest/meta-data/ | unique local",
            "https://100.100.100.200/latest/meta-data/ | shared address",
            "https://192.0.0.192/opc/v2/ | IETF protocol",
            "https://[64:ff9b::a9fe:a9fe]/ | link-local",
            "https://2130706433/hook | loopback",
    })
    void privateOrPlainUrls_areRefusedSayingWhy(String url, String why) {
        assertThat(PublicAddresses.whyNot(URI.create(url))).hasValueSatisfying(reason -> assertThat(reason).contains(why));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "https://[2606:4700::6810:84e5]/hook",
            "https://front.example.jp/api/revalidate"})
    void publicAddresses_andNamesThatDoNotResolveNow_arePassed(String url) {
        assertThat(PublicAddresses.whyNot(URI.create(url))).isEmpty();
    }
}
