package org.urbaninnovation.catalog.domain;

/** An organisation that took part in an initiative, and its role in the source's words. */
public record Partner(String name, String role) {
}
