package kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BodyTest {

    @Test
    void renderedOnUse_notAskedFor_isNeverRendered() {
        AtomicInteger renders = new AtomicInteger();

        Body body = Body.renderedOnUse(() -> {
            renders.incrementAndGet();
            return new Body.Rendered("<p>本文</p>", "本文");
        });

        assertThat(body).hasToString("Body[not rendered yet]");
        assertThat(renders).hasValue(0);
    }

    @Test
    void renderedOnUse_manyReadersAtOnce_renderOnceAndReadTheSameStrings() {
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Body body = Body.renderedOnUse(() -> {
            renders.incrementAndGet();
            return new Body.Rendered("<p>円安が進む</p>", "円安が進む");
        });

        List<CompletableFuture<String>> readers = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i % 2 == 0 ? body.html() : body.text();
        }, runnable -> new Thread(runnable).start())).toList();
        start.countDown();

        assertThat(readers.stream().map(CompletableFuture::join)).containsOnly("<p>円安が進む</p>", "円安が進む");
        assertThat(renders).hasValue(1);
        assertThat(body.readingTimeMinutes()).isEqualTo(1);
    }

    @Test
    void equals_renderedNowOrOnUse_comparesWhatTheyRenderTo() {
        Body early = Body.of("<p>日銀が利上げ</p>", "日銀が利上げ");
        Body late = Body.renderedOnUse(() -> new Body.Rendered("<p>日銀が利上げ</p>", "日銀が利上げ"));
        Body other = Body.renderedOnUse(() -> new Body.Rendered("<p>日銀が据え置き</p>", "日銀が据え置き"));

        assertThat(late).isEqualTo(early).hasSameHashCodeAs(early).isNotEqualTo(other);
    }

    @Test
    void excerpt_longText_cutsAtACodePointWithAnEllipsis() {
        Body body = Body.of("<p>𠮷野家の新店舗</p>", "𠮷野家の新店舗");

        assertThat(body.excerpt(3)).isEqualTo("𠮷野家…");
        assertThat(body.excerpt(20)).isEqualTo("𠮷野家の新店舗");
    }
}
