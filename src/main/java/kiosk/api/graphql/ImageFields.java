package kiosk.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import kiosk.content.Image;
import kiosk.image.ImageFormat;
import kiosk.image.Rendition;
import kiosk.image.Variant;

/**
 * The schema's {@code Image}: a content image with the variants the request's snapshot has of it. Until
 * the variants exist (or for an image Kiosk cannot decode, or one on another host) the original is the
 * only file: {@code srcset} and {@code placeholder} are null and {@code url} answers the original.
 */
final class ImageFields {

    private ImageFields() {
    }

    static TypeRuntimeWiring.Builder wire(TypeRuntimeWiring.Builder type) {
        return type
                .dataFetcher("src", environment -> absolute(environment, image(environment).src()))
                .dataFetcher("width", environment -> size(environment, Rendition::width, Image::width))
                .dataFetcher("height", environment -> size(environment, Rendition::height, Image::height))
                .dataFetcher("placeholder", environment -> rendition(environment).map(Rendition::colour).orElse(null))
                .dataFetcher("srcset", environment -> rendition(environment).map(rendition ->
                        rendition.in(format(environment, rendition)).stream()
                                .map(variant -> absolute(environment, variant.path()) + " " + variant.width() + "w")
                                .collect(Collectors.joining(", ")))
                        .filter(srcset -> !srcset.isEmpty()).orElse(null))
                .dataFetcher("url", environment -> {
                    int width = environment.getArgument("width");
                    if (width < 1) {
                        throw new InvalidInputException("width must be positive, but is " + width);
                    }
                    return absolute(environment, rendition(environment)
                            .flatMap(rendition -> rendition.nearest(width, format(environment, rendition)))
                            .map(Variant::path).orElse(image(environment).src()));
                });
    }

    private static Image image(DataFetchingEnvironment environment) {
        return environment.getSource();
    }

    private static Optional<Rendition> rendition(DataFetchingEnvironment environment) {
        return Snapshot.renditions(environment).of(image(environment).src());
    }

    /** The variant's size (EXIF orientation applied), else the file's header's; null when neither is known. */
    private static Integer size(DataFetchingEnvironment environment, ToIntFunction<Rendition> produced,
                                ToIntFunction<Image> declared) {
        int size = rendition(environment).map(produced::applyAsInt)
                .orElseGet(() -> declared.applyAsInt(image(environment)));
        return size > 0 ? size : null;
    }

    /** The {@code format} argument: {@code ORIGINAL} (the source's own, JPEG or PNG) or {@code WEBP}. */
    private static ImageFormat format(DataFetchingEnvironment environment, Rendition rendition) {
        Object format = environment.getArgument("format");
        return "WEBP".equals(format) ? ImageFormat.WEBP : rendition.originalFormat();
    }

    private static String absolute(DataFetchingEnvironment environment, String path) {
        return Snapshot.site(environment).absoluteUrl(path);
    }
}
