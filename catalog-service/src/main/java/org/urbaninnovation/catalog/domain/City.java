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
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
