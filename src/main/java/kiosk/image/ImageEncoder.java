package kiosk.image;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes variants. No source metadata is carried over (camera model, GPS position, thumbnails, editing
 * history): only the rights line, as a JPEG comment, so a copied photo still says whose it is.
 */
final class ImageEncoder {

    /** JPEG quality: the usual choice for news photos on the web, about a third of the bytes of 0.95. */
    static final float JPEG_QUALITY = 0.82f;
    /** WebP quality for photos; PNG sources (logos, charts) are encoded losslessly. */
    static final float WEBP_QUALITY = 0.80f;

    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

    private ImageEncoder() {
    }

    /**
     * @param lossless whether a WebP keeps every pixel (for sources that were PNG)
     * @param rights   written into JPEGs as a comment; empty for none
     */
    static byte[] encode(BufferedImage image, ImageFormat format, boolean lossless, String rights) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = writer(format);
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            switch (format) {
                case JPEG -> writeJpeg(writer, image, rights);
                case WEBP -> writer.write(null, new IIOImage(image, null, null), webpParam(lossless));
                case PNG -> writer.write(image);
            }
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter writer(ImageFormat format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(format.mimeType());
        if (!writers.hasNext()) {
            throw new IOException("no ImageIO writer for " + format.mimeType());
        }
        return writers.next();
    }

    private static void writeJpeg(ImageWriter writer, BufferedImage image, String rights) throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        if (!rights.isEmpty()) {
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(JPEG_METADATA);
            IIOMetadataNode comment = new IIOMetadataNode("com");
            comment.setUserObject(rights.getBytes(StandardCharsets.UTF_8));
            ((IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0)).appendChild(comment);
            metadata.setFromTree(JPEG_METADATA, root);
        }
        writer.write(null, new IIOImage(image, null, metadata), param);
    }

    private static ImageWriteParam webpParam(boolean lossless) {
        WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(lossless ? CompressionType.Lossless : CompressionType.Lossy);
        param.setCompressionQuality(lossless ? 1f : WEBP_QUALITY);
        return param;
    }
}
