package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import kiosk.api.graphql.TrustedDocuments;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --trusted-documents}: a server that runs only the documents a client's build persisted
 * (GraphQL Code Generator's persisted-documents.json: sha256 hash to document), by id or by their exact
 * text, and refuses every other with {@code PERSISTED_QUERY_NOT_IN_LIST}.
 */
class TrustedDocumentsTest {

    private static final String LATEST = "query Latest { articles(first: 1) { nodes { slug } } }";
    private static final String LATEST_ID = sha256(LATEST);

    @TempDir
    static Path folder;
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        // as GraphQL Code Generator's client preset writes it: the algorithm before the hash
        Files.writeString(folder.resolve("persisted-documents.json"), TestServer.json(Map.of("sha256:" + LATEST_ID, LATEST)));
        server = TestServer.start(SampleContent.catalog(),
                ServerOptions.defaults(0).withTrustedDocuments(TrustedDocuments.load(folder)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listedDocument_runsByItsId_overPostAndGet() {
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + LATEST_ID + "\"}}";
        JsonNode posted = TestServer.tree(server.post("{\"extensions\":" + extensions + "}").body());
        HttpResponse<String> got = server.get("/graphql" + TestServer.queryString(Map.of("extensions", extensions)),
                "Accept", "application/json");

        assertThat(posted.at("/data/articles/nodes/0/slug").asText()).as(posted.toString()).isNotEmpty();
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(TestServer.tree(got.body())).isEqualTo(posted);
    }

    @Test
    void listedDocument_runsByItsExactText() {
        assertThat(server.data(LATEST).at("/articles/nodes")).hasSize(1);
    }

    @Test
    void anyOtherDocument_isRefused_beforeItRuns() {
        for (String body : new String[] {
                "{\"query\":\"{ site { title } }\"}",
                "{\"query\":\"{ __schema { types { name } } }\"}",
                "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + sha256("{ site { title } }") + "\"}}}",
                "{\"query\":\"{ site { title } }\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                        + LATEST_ID + "\"}}}"}) {
            HttpResponse<String> response = server.post(body, "Accept", "application/graphql-response+json");

            JsonNode answer = TestServer.tree(response.body());
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.has("data")).as(body).isFalse();
            assertThat(answer.at("/errors/0/extensions/code").asText()).as(body).isEqualTo("PERSISTED_QUERY_NOT_IN_LIST");
        }
    }

    @Test
    void load_namesTheFileAndId_ofWhatIsWrong(@TempDir Path bad) throws IOException {
        assertThatThrownBy(() -> TrustedDocuments.load(bad)).hasMessageContaining("holds no persisted documents");

        Files.writeString(bad.resolve("a.json"), "[1, 2]");
        assertThatThrownBy(() -> TrustedDocuments.load(bad)).hasMessageContaining("a.json").hasMessageContaining("id to document");

        Files.writeString(bad.resolve("a.json"), "{\"abc\": \"query { oops \"}");
        assertThatThrownBy(() -> TrustedDocuments.load(bad)).hasMessageContaining("a.json: abc: the document does not parse");

        Files.writeString(bad.resolve("a.json"), "{\"abc\": \"{ site { title } }\"}");
        Files.writeString(bad.resolve("b.json"), "{\"abc\": \"{ site { revision } }\"}");
        assertThatThrownBy(() -> TrustedDocuments.load(bad)).hasMessageContaining("b.json: abc: another file");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
