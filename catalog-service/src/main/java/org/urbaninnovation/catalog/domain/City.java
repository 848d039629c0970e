package org.urbaninnovation.catalog.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A city as the award printed its basic data. Each figure is kept twice: as a number for
 * filtering and as the printed text, so that nothing the source said is lost or "corrected".
 */
@Entity
@Table(name = "city")
public class City {

    @Id
    public UUID id;
    public String slug;
    public String name;
    public String country;
    public Long population;
    @Column(name = "population_text")
    public String populationText;
    @Column(name = "area_km2")
    public BigDecimal areaKm2;
    @Column(name = "area_text")
    public String areaText;
    @Column(name = "density_per_km2")
    public BigDecimal densityPerKm2;
    @Column(name = "density_text")
    public String densityText;
    @Column(name = "gdp_per_capita_usd")
    public BigDecimal gdpPerCapitaUsd;
    @Column(name = "gdp_per_capita_text")
    public String gdpPerCapitaText;
    @Column(name = "growth_rate")
    public String growthRate;
    @Column(name = "main_sources_of_prosperity")
    public String mainSourcesOfProsperity;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data_quality_notes")
    public List<String> dataQualityNotes = new ArrayList<>();
    /** Checked by the database at every write, so that two editors who both passed the If-Match check cannot both commit. */
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * The version a client reads (as ETag) and names back (in If-Match). A city's representation
     * lists its published initiatives, so their versions are part of it: publishing, editing or
     * withdrawing one changes the city's version too.
     */
    public String currentVersion(PublishedVersions initiatives) {
        return version(version, initiatives);
    }

    /** The same, from the versions alone: a conditional read answers 304 without loading the city. */
    public static String version(long cityVersion, PublishedVersions initiatives) {
        return cityVersion + "." + initiatives.count() + "-" + initiatives.versionSum();
    }

    /** The data an administrator wrote, under the slug the checks settled. */
    public void apply(CityDraft draft, String slug, OffsetDateTime now) {
        this.slug = slug;
        name = draft.name();
        country = draft.country();
        population = draft.population();
        populationText = draft.populationText();
        areaKm2 = draft.areaKm2();
        areaText = draft.areaText();
        densityPerKm2 = draft.densityPerKm2();
        densityText = draft.densityText();
        gdpPerCapitaUsd = draft.gdpPerCapitaUsd();
        gdpPerCapitaText = draft.gdpPerCapitaText();
        growthRate = draft.growthRate();
        mainSourcesOfProsperity = draft.mainSourcesOfProsperity();
        dataQualityNotes = draft.dataQualityNotes() == null ? new ArrayList<>() : new ArrayList<>(draft.dataQualityNotes());
        updatedAt = now;
    }
}
