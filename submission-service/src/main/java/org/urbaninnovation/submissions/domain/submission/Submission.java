package org.urbaninnovation.submissions.domain.submission;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.RuleViolated;
import org.urbaninnovation.commons.domain.Violation;

/**
 * A city's entry to a cycle, from its first draft to the outcome published. Its initiative id is
 * the id the catalogue gives the initiative once it is awarded: its own id for a new entry.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    private UUID id;
    @Column(name = "cycle_id")
    private UUID cycleId;
    @Column(name = "initiative_id")
    private UUID initiativeId;
    @Column(name = "city_id")
    private UUID cityId;
    private String status;
    /** The content's title, city name and country code again, for reads of many entries that need no document. */
    private String title;
    @Column(name = "city_name")
    private String cityName;
    @Column(name = "country_code")
    private String countryCode;
    @JdbcTypeCode(SqlTypes.JSON)
    private SubmissionContent content;
    private Boolean eligible;
    @Column(name = "screening_reason")
    private String screeningReason;
    @Column(name = "extension_until")
    private Instant extensionUntil;
    @Column(name = "extension_reason")
    private String extensionReason;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Submission() {
    }

    public static Submission draft(UUID id, UUID cycleId, UUID cityId, SubmissionContent content, String actor, Instant now) {
        Submission submission = new Submission();
        submission.id = id;
        submission.initiativeId = id;
        submission.cycleId = cycleId;
        submission.cityId = cityId;
        submission.status = SubmissionStatus.DRAFT.wire();
        submission.createdBy = actor;
        submission.createdAt = now;
        submission.setContent(content, now);
        return submission;
    }

    /** An entry as the award's records have it (the seed's history), linked to its published initiative. */
    public static Submission recorded(UUID id, UUID initiativeId, UUID cycleId, UUID cityId, SubmissionContent content,
            SubmissionStatus status, String actor, Instant now) {
        Submission submission = draft(id, cycleId, cityId, content, actor, now);
        submission.initiativeId = initiativeId;
        submission.status = status.wire();
        submission.eligible = status != SubmissionStatus.DRAFT && status != SubmissionStatus.SUBMITTED;
        return submission;
    }

    public void edit(SubmissionContent changed, Instant now) {
        requireStatus("Editing", SubmissionStatus.DRAFT);
        setContent(changed, now);
    }

    /**
     * Submits the draft: refused from the deadline on (unless this entry has a later extension), and
     * refused with every gap named while it is incomplete.
     */
    public void submit(Instant now, Instant cycleDeadline, Map<String, Integer> wordLimits) {
        requireStatus("Submitting", SubmissionStatus.DRAFT);
        if (!Deadline.accepts(now, cycleDeadline, extensionUntil)) {
            throw new Conflict("The submission deadline (" + Deadline.effective(cycleDeadline, extensionUntil)
                    + ") has passed; only the secretariat can grant this entry an extension.");
        }
        List<Violation> gaps = Completeness.gaps(content, wordLimits);
        if (!gaps.isEmpty()) {
            throw new RuleViolated("The entry is not complete", gaps);
        }
        status = SubmissionStatus.SUBMITTED.wire();
        submittedAt = now;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        requireStatus("Withdrawing", SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED, SubmissionStatus.ELIGIBLE,
                SubmissionStatus.INELIGIBLE);
        status = SubmissionStatus.WITHDRAWN.wire();
        updatedAt = now;
    }

    /** The technical committee's screening; it may change its mind while screening lasts. */
    public void screen(boolean isEligible, String reason, Instant now) {
        requireStatus("Screening", SubmissionStatus.SUBMITTED, SubmissionStatus.ELIGIBLE, SubmissionStatus.INELIGIBLE);
        eligible = isEligible;
        screeningReason = reason;
        status = (isEligible ? SubmissionStatus.ELIGIBLE : SubmissionStatus.INELIGIBLE).wire();
        updatedAt = now;
    }

    /** Lets this draft be submitted after the cycle's deadline, until {@code until}. */
    public void grantExtension(Instant until, String reason, Instant cycleDeadline, Instant now) {
        requireStatus("An extension", SubmissionStatus.DRAFT);
        if (cycleDeadline != null && !until.isAfter(cycleDeadline)) {
            throw InvalidInput.of("until", "must be after the cycle's deadline (" + cycleDeadline + ")");
        }
        if (!until.isAfter(now)) {
            throw InvalidInput.of("until", "must be in the future");
        }
        extensionUntil = until;
        extensionReason = reason;
        updatedAt = now;
    }

    /** The jury's decision, made public when the cycle is published. */
    public void award(SubmissionStatus outcome, Instant now) {
        requireStatus("Publishing an outcome", SubmissionStatus.ELIGIBLE);
        status = outcome.wire();
        updatedAt = now;
    }

    public boolean isEligible() {
        return Boolean.TRUE.equals(eligible) && status() != SubmissionStatus.WITHDRAWN;
    }

    private void requireStatus(String action, SubmissionStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status())) {
            throw new Conflict(action + " is possible only for an entry that is "
                    + Arrays.stream(allowed).map(SubmissionStatus::wire).collect(Collectors.joining(" or "))
                    + "; this one is " + status + ".");
        }
    }

    private void setContent(SubmissionContent changed, Instant now) {
        content = changed;
        title = changed.title();
        cityName = changed.city() == null ? null : changed.city().name();
        countryCode = changed.city() == null ? null : changed.city().countryCode();
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public UUID initiativeId() {
        return initiativeId;
    }

    public UUID cityId() {
        return cityId;
    }

    public SubmissionStatus status() {
        return SubmissionStatus.of(status).orElseThrow();
    }

    public String title() {
        return title;
    }

    public String countryCode() {
        return countryCode;
    }

    public SubmissionContent content() {
        return content;
    }

    public Boolean eligible() {
        return eligible;
    }

    public String screeningReason() {
        return screeningReason;
    }

    public Instant extensionUntil() {
        return extensionUntil;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String version() {
        return Long.toString(version);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
