package kiosk.site.templates;


/**
 * A topic collection in the index of collections.
 *
 * @param image    the collection's image, or null
 * @param articles how many published articles it holds
 */
public record CollectionCard(String title, String url, String description, Picture image, boolean pinned, int articles) {
}
