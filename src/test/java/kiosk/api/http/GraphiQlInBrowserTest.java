package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import kiosk.site.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** GraphiQL, served from the jar under its Content-Security-Policy, starts in headless Chromium with nothing refused. */
class GraphiQlInBrowserTest {

    @Test
    void graphiql_startsUnderItsPolicy_withoutAConsoleMessage() throws Exception {
        Chromium chromium = Chromium.require();

        String output = chromium.run("--virtual-time-budget=10000", "--dump-dom",
                TestServer.sample().uri("/graphiql").toString());

        assertThat(Chromium.consoleMessages(output)).isEmpty();
        Document page = Jsoup.parse(output);
        assertThat(page.select(".graphiql-container")).isNotEmpty();
        assertThat(page.select(".graphiql-query-editor").text()).contains("LatestArticles");
    }
}
