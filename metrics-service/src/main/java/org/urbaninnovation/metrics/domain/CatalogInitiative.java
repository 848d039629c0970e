package org.urbaninnovation.metrics.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An initiative as the catalogue's events describe it: its city, themes and SDGs. */
@Entity
@Table(name = "catalog_initiative")
public class CatalogInitiative {

    /** The catalogue's status of an initiative it took back. */
    public static final String WITHDRAWN = "withdrawn";
    /** The catalogue's status of an initiative in its public reads. */
    public static final String PUBLISHED = "published";

    @Id
    public UUID id;
    public String slug;
    public String title;
    @Column(name = "city_id")
    public UUID cityId;
    @Column(name = "city_slug")
    public String citySlug;
    @Column(name = "city_name")
    public String cityName;
    public String country;
    public String cycle;
    public String[] themes = {};
    public Integer[] sdgs = {};
    public String status;
    public long version;

    /**
     * Withdrawn from the catalogue, withdrawn from public figures; it comes back with its next
     * published version. (An initiative whose event has not arrived yet has no projection and is shown.)
     */
    public boolean inPublicReads() {
        return !WITHDRAWN.equals(status);
    }
}
