package kiosk.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosk.api.graphql.ErrorCode;
import kiosk.api.graphql.ErrorContract;
import kiosk.api.graphql.GraphQlResult;
import kiosk.api.graphql.Limit;

/**
 * A GraphQL answer as sent: its JSON bytes, and what the status code and caching headers depend on.
 *
 * @param dataPresent false for a request error (unparsable, invalid, over a limit), when no field ran
 * @param hasErrors   whether the answer holds any error
 * @param reusable    whether the same request on the same snapshot gets the same answer (see {@link GraphQlResult})
 */
record Answer(byte[] body, boolean dataPresent, boolean hasErrors, boolean reusable) {

    /**
     * The answer's JSON, or, when it would be larger than {@code maxBytes}, an error naming the limit
     * and no data: writing stops at the limit, so a request aliasing large fields (every body, a
     * hundred times) costs the server at most that many bytes, and the client never gets half an answer.
     */
    static Answer of(GraphQlResult executed, ObjectMapper json, int maxBytes) {
        ExecutionResult result = executed.result();
        CappedOutput out = new CappedOutput(maxBytes);
        try {
            json.writeValue(out, result.toSpecification());
        } catch (TooLarge e) {
            return tooLarge(json, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing an answer in memory failed", e);
        }
        return new Answer(out.bytes.toByteArray(), result.isDataPresent(), !result.getErrors().isEmpty(),
                executed.reusable());
    }

    private static Answer tooLarge(ObjectMapper json, int maxBytes) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("data", null);
        answer.put("errors", List.of(ErrorContract.specification(
                "the answer would be larger than " + maxBytes + " bytes: ask for fewer or smaller fields",
                ErrorContract.extensions(ErrorCode.ANSWER_TOO_LARGE, Limit.ANSWER_BYTES, maxBytes))));
        try {
            return new Answer(json.writeValueAsBytes(answer), true, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a cache, the server's or a browser's, may keep this answer. */
    boolean cacheable() {
        return reusable && !hasErrors;
    }

    /** Bytes in memory, refusing to grow past a bound. */
    private static final class CappedOutput extends OutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int maxBytes;

        CappedOutput(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void write(int b) throws IOException {
            ensureRoom(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ensureRoom(len);
            bytes.write(b, off, len);
        }

        private void ensureRoom(int more) throws TooLarge {
            if (bytes.size() + (long) more > maxBytes) {
                throw new TooLarge();
            }
        }
    }

    /** An IOException, which Jackson passes on as it is, rather than wrapped with the path it was writing. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super(null, null);
        }
    }
}
