package kiosk.site.bake;

import java.util.Objects;

/**
 * One output file of the site.
 *
 * @param path     relative to the output folder, with forward slashes: {@code articles/x/index.html}
 * @param template a file name in the templates folder
 * @param model    the record the template gets as {@code page}; equal models render equal bytes, which
 *                 is how an update skips unchanged pages without rendering them
 */
public record Page(String path, String template, Object model) {

    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(model, "model");
    }
}
