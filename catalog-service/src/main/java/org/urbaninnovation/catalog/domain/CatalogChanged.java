package org.urbaninnovation.catalog.domain;

/**
 * Something a search can find changed: an initiative or a city was written. Fired within the
 * writing transaction by whatever publishes the change's event ({@link CatalogEvents}), so that
 * every change announces itself.
 */
public record CatalogChanged() {
}
