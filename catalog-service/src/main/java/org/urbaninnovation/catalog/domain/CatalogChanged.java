package org.urbaninnovation.catalog.domain;

/** Something a search can find changed: an initiative or a city was written (fired within the writing transaction). */
public record CatalogChanged() {
}
