package org.urbaninnovation.catalog.domain;

/** How many of a city's initiatives are published, and the sum of their versions: both change whenever one of them does. */
public record PublishedVersions(long count, long versionSum) {
}
