package org.urbaninnovation.submissions.domain.jury;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of a cycle's jury, known by the subject of their token, never assigned entries from their own country or city. */
@Entity
@Table(name = "juror")
public class Juror {

    @Id
    private UUID id;
    @Column(name = "cycle_id")
    private UUID cycleId;
    private String subject;
    private String name;
    private String country;
    @Column(name = "city_id")
    private UUID cityId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Juror() {
    }

    public static Juror register(UUID id, UUID cycleId, JurorDraft draft, Instant now) {
        Juror juror = new Juror();
        juror.id = id;
        juror.cycleId = cycleId;
        juror.subject = draft.subject();
        juror.name = draft.name();
        juror.country = draft.country();
        juror.cityId = draft.cityId();
        juror.createdAt = now;
        return juror;
    }

    public AssignmentPlanner.Reviewer asReviewer() {
        return new AssignmentPlanner.Reviewer(id, cityId, country);
    }

    public UUID id() {
        return id;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public UUID cityId() {
        return cityId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
