package kiosk.api.http;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The two media types GraphQL over HTTP answers in, and the choice between them by the request's
 * {@code Accept} header. The newer {@code application/graphql-response+json} lets status codes tell
 * request errors (400) from field errors (200); {@code application/json} always answers 200 for a
 * well-formed request, as older clients expect.
 */
enum ResponseType {

    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    JSON("application/json");

    private final String mediaType;

    ResponseType(String mediaType) {
        this.mediaType = mediaType;
    }

    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /**
     * The type to answer in: the acceptable one with the highest quality, the first listed among
     * equals. Wildcards ({@code *}{@code /*}, {@code application/*}) and a missing header mean
     * {@code application/json}, which every client reads. Empty when neither is acceptable.
     */
    static Optional<ResponseType> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        return Arrays.stream(accept.split(","))
                .map(MediaRange::parse)
                .filter(range -> range.quality() > 0)
                .sorted(Comparator.comparingDouble(MediaRange::quality).reversed())
                .map(MediaRange::responseType)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private record MediaRange(String type, double quality) {

        static MediaRange parse(String range) {
            String[] parts = range.split(";");
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            return new MediaRange(parts[0].strip().toLowerCase(Locale.ROOT), quality);
        }

        Optional<ResponseType> responseType() {
            return switch (type) {
                case "application/graphql-response+json" -> Optional.of(GRAPHQL_RESPONSE_JSON);
                case "application/json", "application/*", "*/*" -> Optional.of(JSON);
                default -> Optional.empty();
            };
        }
    }
}
