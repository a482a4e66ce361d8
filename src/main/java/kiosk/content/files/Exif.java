package kiosk.content.files;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * What a JPEG's EXIF segment says of orientation and rights; the defaults for other formats. Read by the
 * content load (an image's upright size for {@code width} and {@code height}) and by the image pipeline.
 *
 * @param orientation TIFF tag 274, 1 (upright) to 8
 * @param rights      the copyright and the artist, joined by " / "; empty for none
 */
public record Exif(int orientation, String rights) {

    public static final int UPRIGHT = 1;
    public static final Exif NONE = new Exif(UPRIGHT, "");

    /** Whether the orientation turns the image a quarter, so that its upright width is the stored height. */
    public static boolean turnsSideways(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    public boolean turnsSideways() {
        return turnsSideways(orientation);
    }

    public static Exif of(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8) {
            return NONE;
        }
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            return of(input);
        } catch (IOException e) {
            return NONE;
        }
    }

    /**
     * Reads the segments before the image data from where {@code input} is (a JPEG's start); the caller seeks
     * back to read the image. A file that is not a JPEG, or whose metadata is broken, has {@link #NONE}: broken
     * metadata does not make a broken photo, it is shown as stored.
     */
    public static Exif of(ImageInputStream input) {
        try {
            long start = input.getStreamPosition();
            boolean jpeg = input.read() == 0xFF && input.read() == 0xD8;
            input.seek(start);
            if (!jpeg) {
                return NONE;
            }
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
            if (segments.isEmpty()) {
                return NONE;
            }
            byte[] data = segments.get(0).data().readAllBytes();
            // the identifier "Exif" is followed by a null and a pad byte before the TIFF header
            int from = 0;
            while (from < data.length && data[from] == 0) {
                from++;
            }
            Directory directory = new TIFFReader().read(new MemoryCacheImageInputStream(
                    new ByteArrayInputStream(data, from, data.length - from)));
            Entry orientation = directory.getEntryById(TIFF.TAG_ORIENTATION);
            List<String> rights = new ArrayList<>();
            for (int tag : new int[] {TIFF.TAG_COPYRIGHT, TIFF.TAG_ARTIST}) {
                Entry entry = directory.getEntryById(tag);
                if (entry != null && !entry.getValueAsString().isBlank()) {
                    rights.add(entry.getValueAsString().strip());
                }
            }
            return new Exif(orientation == null ? UPRIGHT : ((Number) orientation.getValue()).intValue(),
                    String.join(" / ", rights));
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }
}
