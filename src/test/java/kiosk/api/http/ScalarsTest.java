package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import kiosk.catalog.CatalogBuilder;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

/**
 * The scalars say what they mean: {@code Date} for calendar days, {@code DateTime} always to the
 * second, both with {@code @specifiedBy} so that tools map them to the right client types.
 */
class ScalarsTest {

    private static final TestServer server = TestServer.sample();

    @Test
    void dateTime_isAlwaysToTheSecond_evenForAnInstantWithNanoseconds() {
        Instant now = Instant.parse("2026-11-25T01:02:03.456789123Z");
        try (TestServer atNanos = TestServer.start(new CatalogBuilder().published(SampleContent.load().content(), now))) {
            JsonNode data = atNanos.data("{ site { asOf } articles(first: 1) { nodes { date } } }");

            assertThat(data.at("/site/asOf").asText()).isEqualTo("2026-11-25T10:02:03+09:00");
            assertThat(data.at("/articles/nodes/0/date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        }
    }

    @Test
    void calendarDays_areDates() {
        JsonNode fields = server.data("{ __type(name: \"Issue\") { fields { name type { name ofType { name } } } } }")
                .at("/__type/fields");
        Map<String, String> types = new java.util.HashMap<>();
        fields.forEach(field -> types.put(field.get("name").asText(),
                field.at("/type/name").isNull() ? field.at("/type/ofType/name").asText() : field.at("/type/name").asText()));

        assertThat(types).containsEntry("date", "Date").containsEntry("onSale", "Date");
        assertThat(server.data("{ latestIssue { date } }").at("/latestIssue/date").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
    }

    @Test
    void customScalars_sayWhereTheyAreSpecified() {
        JsonNode types = server.data("{ __schema { types { name specifiedByURL description } } }").at("/__schema/types");
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        types.forEach(type -> byName.put(type.get("name").asText(), type));

        assertThat(byName.get("DateTime").get("specifiedByURL").asText()).startsWith("https://");
        assertThat(byName.get("Date").get("specifiedByURL").asText()).startsWith("https://");
        assertThat(byName.get("Date").get("description").asText()).contains("calendar day");
    }

    @Test
    void dateTimeInput_withFractions_isStillTaken() {
        JsonNode data = server.data("{ articles(first: 1, filter: { dateBefore: \"2100-01-01T00:00:00.5+09:00\" }) { totalCount } }");

        assertThat(data.at("/articles/totalCount").asInt()).isPositive();
    }
}
