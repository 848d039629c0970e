package org.urbaninnovation.gateway.domain;

/**
 * An initiative as the catalogue represents it, with the two keys the profile needs to fetch its
 * other parts; the representation itself is passed on unchanged (the catalogue owns its shape).
 */
public record Initiative(String id, String cityId, Object representation) {
}
