package org.urbaninnovation.catalog.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An award-winning urban initiative with the sections of its published description. */
@Entity
@Table(name = "initiative")
public class Initiative {

    public static final String PUBLISHED = "published";
    public static final String WITHDRAWN = "withdrawn";

    @Id
    public UUID id;
    public String slug;
    public String title;
    @Column(name = "contents_title")
    public String contentsTitle;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;
    @Column(name = "cycle_code")
    public String cycleCode;
    public String summary;
    /** Section key (abstract, background, keyMeasures, ...) to text, in the source's order. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> sections = new LinkedHashMap<>();
    @Column(name = "innovation_type")
    public String innovationType;
    public String[] themes = {};
    public String[] tags = {};
    public Integer[] sdgs = {};
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Partner> partners = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public Provenance provenance;
    public String status = PUBLISHED;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * The version a client read: the initiative's own and its city's, since the representation
     * shows both. Sent as ETag, expected back in If-Match.
     */
    public String etag() {
        return "\"" + version + "." + city.version + "\"";
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }
}
