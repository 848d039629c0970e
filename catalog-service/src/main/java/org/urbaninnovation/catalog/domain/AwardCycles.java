package org.urbaninnovation.catalog.domain;

/** The award cycles the catalogue knows. */
public interface AwardCycles {

    boolean exists(String code);

    /** Adds the cycle unless the catalogue knows its code; a known cycle is left as it is. */
    void addIfMissing(String code, String name, Integer year);
}
