package org.urbaninnovation.catalog.domain;

/** Where in its source document an initiative's text stands. */
public record Provenance(String document, Integer firstLine, Integer lastLine) {
}
