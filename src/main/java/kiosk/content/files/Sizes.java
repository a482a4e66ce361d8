package kiosk.content.files;

import java.util.Locale;

/** File sizes as an editor reads them: 820 bytes, 12 KB, 3.4 MB (units of 1,024). */
final class Sizes {

    private Sizes() {
    }

    static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return bytes / 1024 + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return megabytes == Math.rint(megabytes) ? (long) megabytes + " MB" : String.format(Locale.ROOT, "%.1f MB", megabytes);
    }
}
