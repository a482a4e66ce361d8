/**
 * What the site's FreeMarker templates receive: records with every value already decided and
 * formatted (dates in the site's time zone, URLs, pagination), so templates only lay them out.
 * Records compare by value, which lets the baker skip pages whose model did not change.
 * Uses {@code kiosk.content} only.
 */
package kiosk.site.templates;
