package org.urbaninnovation.metrics.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A city as the catalogue's events describe it: what grouping and per-capita figures need. */
@Entity
@Table(name = "catalog_city")
public class CatalogCity {

    @Id
    public UUID id;
    public String slug;
    public String name;
    public String country;
    public Long population;
    /** The catalogue's version: an older event never overwrites a newer state. */
    public long version;
}
