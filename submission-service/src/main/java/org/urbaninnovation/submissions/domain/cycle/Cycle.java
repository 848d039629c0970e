package org.urbaninnovation.submissions.domain.cycle;

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
import org.urbaninnovation.commons.domain.Violation;

/**
 * One award cycle: its settings, fixed once it opens, and the phase it is in. Its code is the
 * catalogue's name for the cycle ({@code gz-award-6}), so published initiatives name it the same way.
 */
@Entity
@Table(name = "cycle")
public class Cycle {

    @Id
    private UUID id;
    private int number;
    private String code;
    private String name;
    private String phase;
    @Column(name = "submission_deadline")
    private Instant submissionDeadline;
    @Column(name = "time_zone")
    private String timeZone;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Criterion> criteria;
    @Column(name = "score_min")
    private int scoreMin;
    @Column(name = "score_max")
    private int scoreMax;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "word_limits")
    private Map<String, Integer> wordLimits;
    @Column(name = "shortlist_size")
    private int shortlistSize;
    private int winners;
    @Column(name = "reviews_per_submission")
    private int reviewsPerSubmission;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Cycle() {
    }

    /** A new cycle in draft, with these settings (defaults applied, checked by {@link CycleRules}). */
    public static Cycle create(UUID id, CycleSettings settings, Instant now) {
        Cycle cycle = new Cycle();
        cycle.id = id;
        cycle.phase = Phase.DRAFT.wire();
        cycle.createdAt = now;
        cycle.apply(settings, now);
        return cycle;
    }

    /**
     * A cycle as the award's records have it, in whatever phase it reached (the seed's history); what
     * the records do not say, such as when it was published, stays unknown.
     */
    public static Cycle recorded(UUID id, CycleSettings settings, Phase phase, Instant now) {
        Cycle cycle = create(id, settings, now);
        cycle.phase = phase.wire();
        return cycle;
    }

    public static String codeOf(int number) {
        return "gz-award-" + number;
    }

    /** Replaces the settings; only a draft cycle can change, since entries are written against them. */
    public void edit(CycleSettings settings, Instant now) {
        requirePhase("Changing a cycle's settings", Phase.DRAFT);
        apply(settings, now);
    }

    /** Moves on to {@code target} (the next phase) unless a check is unmet; each unmet check is named. */
    public void moveTo(Phase target, List<Violation> unmet, Instant now) {
        PhaseRules.requireNext(phase(), target);
        if (!unmet.isEmpty()) {
            throw new Conflict("The cycle cannot move to " + target.wire() + ": "
                    + unmet.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")) + ".", unmet);
        }
        phase = target.wire();
        updatedAt = now;
        if (target == Phase.PUBLISHED) {
            publishedAt = now;
        }
    }

    /** Throws a {@link Conflict} unless the cycle is in one of the phases given. */
    public void requirePhase(String action, Phase... allowed) {
        if (!Arrays.asList(allowed).contains(phase())) {
            throw new Conflict(action + " is possible only while the cycle is in "
                    + Arrays.stream(allowed).map(Phase::wire).collect(Collectors.joining(" or ")) + "; it is in "
                    + phase + ".");
        }
    }

    public CycleSettings settings() {
        return new CycleSettings(number, name, submissionDeadline, timeZone, criteria, scoreScale(), wordLimits,
                shortlistSize, winners, reviewsPerSubmission);
    }

    private void apply(CycleSettings settings, Instant now) {
        number = settings.number();
        code = codeOf(number);
        name = settings.name();
        submissionDeadline = settings.submissionDeadline();
        timeZone = settings.timeZone();
        criteria = List.copyOf(settings.criteria());
        scoreMin = settings.scoreScale().min();
        scoreMax = settings.scoreScale().max();
        wordLimits = new java.util.LinkedHashMap<>(settings.wordLimits());
        shortlistSize = settings.shortlistSize();
        winners = settings.winners();
        reviewsPerSubmission = settings.reviewsPerSubmission();
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Phase phase() {
        return Phase.of(phase).orElseThrow();
    }

    public Instant submissionDeadline() {
        return submissionDeadline;
    }

    public String timeZone() {
        return timeZone;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public ScoreScale scoreScale() {
        return new ScoreScale(scoreMin, scoreMax);
    }

    public Map<String, Integer> wordLimits() {
        return wordLimits;
    }

    public int shortlistSize() {
        return shortlistSize;
    }

    public int winners() {
        return winners;
    }

    public int reviewsPerSubmission() {
        return reviewsPerSubmission;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The version a client reads as ETag and names in If-Match. */
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
