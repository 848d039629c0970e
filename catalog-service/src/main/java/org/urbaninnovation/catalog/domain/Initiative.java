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
import org.urbaninnovation.commons.domain.Conflict;

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
    /** Checked by the database at every write, so that two editors who both passed the If-Match check cannot both commit. */
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * The version a client reads (as ETag) and names back (in If-Match): the initiative's own and
     * its city's, since the representation shows both.
     */
    public String currentVersion() {
        return version(version, city.version);
    }

    /** The version of an initiative whose own version and whose city's are these, as {@link #currentVersion()} gives it. */
    public static String version(long own, long city) {
        return own + "." + city;
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    /** The content an administrator wrote, in the city and under the slug the checks settled; themes and SDGs once each. */
    public void apply(InitiativeDraft draft, City city, String slug) {
        this.slug = slug;
        title = draft.title();
        contentsTitle = draft.contentsTitle();
        this.city = city;
        cycleCode = draft.cycle();
        summary = draft.summary();
        sections = draft.sections() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(draft.sections());
        innovationType = draft.innovationType();
        themes = listOrEmpty(draft.themes()).stream().distinct().toArray(String[]::new);
        tags = listOrEmpty(draft.tags()).toArray(String[]::new);
        sdgs = listOrEmpty(draft.sdgs()).stream().distinct().sorted().toArray(Integer[]::new);
        partners = new ArrayList<>(listOrEmpty(draft.partners()));
        provenance = draft.provenance();
    }

    /** Published from now on. */
    public void publish(OffsetDateTime now) {
        publishedAt = now;
        updatedAt = now;
    }

    /** Gone from public reads; the initiative and its history stay. */
    public void withdraw(OffsetDateTime now) {
        if (!isPublished()) {
            throw new Conflict("The initiative is already withdrawn.");
        }
        status = WITHDRAWN;
        updatedAt = now;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
