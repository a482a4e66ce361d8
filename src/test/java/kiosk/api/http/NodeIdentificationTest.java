package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Relay's object identification: every content type implements {@code Node} with a global id, and
 * {@code node(id:)} / {@code nodes(ids:)} fetch any of them again, as Relay's {@code @refetchable}
 * and Apollo's normalised cache expect.
 */
class NodeIdentificationTest {

    private static final TestServer server = TestServer.sample();

    /** One object of each node type, with its id and slug, from the root lists. */
    private static final String ONE_OF_EACH = """
            { articles(first: 1) { nodes { __typename id slug } }
              sections { __typename id slug } authors { __typename id slug } tags { __typename id slug }
              issues { __typename id slug } allSeries { __typename id slug } collections { __typename id slug }
              specials { __typename id slug } }""";

    @Test
    void everyNodeType_isFoundAgainByItsId() {
        JsonNode data = server.data(ONE_OF_EACH);
        List<JsonNode> objects = new ArrayList<>();
        data.fields().forEachRemaining(field -> {
            JsonNode list = field.getValue().has("nodes") ? field.getValue().get("nodes") : field.getValue();
            assertThat(list.size()).as(field.getKey()).isPositive();
            objects.add(list.get(0));
        });
        assertThat(objects).extracting(object -> object.get("__typename").asText()).containsExactlyInAnyOrder(
                "Article", "Section", "Author", "Tag", "Issue", "Series", "Collection", "SpecialEdition");

        for (JsonNode object : objects) {
            JsonNode found = server.data("query($id: ID!) { node(id: $id) { __typename id ... on Article { slug }"
                    + " ... on Section { slug } ... on Author { slug } ... on Tag { slug } ... on Issue { slug }"
                    + " ... on Series { slug } ... on Collection { slug } ... on SpecialEdition { slug } } }",
                    Map.of("id", object.get("id").asText())).get("node");
            assertThat(found).as(object.toString()).isEqualTo(object);
        }
    }

    @Test
    void ids_areDistinctAcrossTypes_andNotCursors() {
        JsonNode data = server.data("{ section(slug: \"world\") { id } articles(first: 1) { edges { cursor node { id } } } }");

        assertThat(data.at("/section/id").asText()).isNotEqualTo(id("Article", "world"));
        assertThat(data.at("/articles/edges/0/cursor").asText()).isNotEqualTo(data.at("/articles/edges/0/node/id").asText());
    }

    @Test
    void nodes_answersInTheOrderAsked_eachMissingOneNullWithItsOwnError() {
        String draft = id("Article", "tax-reform-outline-draft");
        JsonNode answer = server.graphQl("query($ids: [ID!]!) { nodes(ids: $ids) { id } site { title } }",
                Map.of("ids", List.of(id("Section", "business"), draft, "garbage!", id("Section", "world"))));

        JsonNode nodes = answer.at("/data/nodes");
        assertThat(nodes).hasSize(4);
        assertThat(nodes.get(0).get("id").asText()).isEqualTo(id("Section", "business"));
        assertThat(nodes.get(1).isNull()).isTrue();
        assertThat(nodes.get(2).isNull()).isTrue();
        assertThat(nodes.get(3).get("id").asText()).isEqualTo(id("Section", "world"));
        assertThat(answer.at("/data/site/title").asText()).isNotEmpty();
        assertThat(answer.get("errors")).hasSize(2);
        assertThat(answer.at("/errors/0/path").toString()).isEqualTo("[\"nodes\",1]");
        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(answer.at("/errors/0/message").asText()).doesNotContain("tax-reform");
        assertThat(answer.at("/errors/1/path").toString()).isEqualTo("[\"nodes\",2]");
        assertThat(answer.at("/errors/1/extensions/code").asText()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void node_ofADraft_isNotFound_forReaders() {
        JsonNode answer = server.graphQl("query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", id("Article", "tax-reform-outline-draft")));

        assertThat(answer.at("/data/node").isNull()).isTrue();
        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void node_withAnIdOfAnUnknownType_isBadUserInput() {
        JsonNode answer = server.graphQl("{ node(id: \"" + id("Secret", "x") + "\") { id } }");

        assertThat(answer.at("/data/node").isNull()).isTrue();
        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void nodes_overTheLimit_isLimitExceeded_andNullsOnlyIt() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            ids.add(id("Section", "world"));
        }
        JsonNode answer = server.graphQl("query($ids: [ID!]!) { nodes(ids: $ids) { id } site { title } }",
                Map.of("ids", ids));

        assertThat(answer.at("/data/nodes").isNull()).isTrue();
        assertThat(answer.at("/data/site/title").asText()).isNotEmpty();
        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(answer.at("/errors/0/extensions/limit").asText()).isEqualTo("NODE_IDS");
        assertThat(answer.at("/errors/0/extensions/max").asInt()).isEqualTo(100);
    }

    @Test
    void oldSlugFields_stillAnswer() {
        JsonNode data = server.data("{ article(slug: \"yen-slides-to-162\") { id slug title } }");

        assertThat(data.at("/article/id").asText()).isEqualTo(id("Article", "yen-slides-to-162"));
    }

    /** A global id as the API makes it; the test spells the format out so a change to it is seen. */
    private static String id(String type, String slug) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + slug).getBytes(StandardCharsets.UTF_8));
    }
}
