package org.urbaninnovation.catalog.domain;

/** The award cycles the catalogue knows. */
public interface AwardCycles {

    boolean exists(String code);
}
