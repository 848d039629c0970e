package org.urbaninnovation.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.RuleViolated;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.cycle.Sections;
import org.urbaninnovation.submissions.domain.submission.Deadline;
import org.urbaninnovation.submissions.domain.submission.Submission;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent;
import org.urbaninnovation.submissions.domain.submission.SubmissionStatus;

class SubmissionRulesTest {

    private static final Instant DEADLINE = Cycles.DEADLINE;

    private static Submission draft(SubmissionContent content) {
        return Submission.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), content, "city-a", Cycles.NOW);
    }

    @Test
    void theDeadlinesInstantIsAlreadyTooLate() {
        assertEquals(true, Deadline.accepts(DEADLINE.minusMillis(1), DEADLINE, null));
        assertEquals(false, Deadline.accepts(DEADLINE, DEADLINE, null));
        assertEquals(false, Deadline.accepts(DEADLINE.plusSeconds(1), DEADLINE, null));
    }

    @Test
    void anExtensionMovesTheDeadlineOnlyLater() {
        Instant extension = DEADLINE.plusSeconds(86_400);
        assertEquals(extension, Deadline.effective(DEADLINE, extension));
        assertEquals(true, Deadline.accepts(extension.minusMillis(1), DEADLINE, extension));
        assertEquals(false, Deadline.accepts(extension, DEADLINE, extension));
        assertEquals(DEADLINE, Deadline.effective(DEADLINE, DEADLINE.minusSeconds(60)));
        assertEquals(false, Deadline.accepts(Cycles.NOW, null, null));
    }

    @Test
    void aCompleteDraftIsSubmittedBeforeTheDeadline() {
        Submission submission = draft(Entries.complete());
        Instant at = DEADLINE.minusSeconds(1);
        submission.submit(at, DEADLINE, Sections.DEFAULT_WORD_LIMITS);
        assertEquals(SubmissionStatus.SUBMITTED, submission.status());
        assertEquals(at, submission.submittedAt());
    }

    @Test
    void aSubmitAfterTheDeadlineIsRefusedEvenWhenComplete() {
        Submission submission = draft(Entries.complete());
        Conflict late = assertThrows(Conflict.class, () -> submission.submit(DEADLINE, DEADLINE, Sections.DEFAULT_WORD_LIMITS));
        assertEquals("The submission deadline (2027-01-31T15:59:59Z) has passed; only the secretariat can grant this entry an extension.",
                late.getMessage());
        assertEquals(SubmissionStatus.DRAFT, submission.status());
    }

    @Test
    void anExtendedDraftIsSubmittedAfterTheCycleDeadline() {
        Submission submission = draft(Entries.complete());
        submission.grantExtension(DEADLINE.plusSeconds(3600), "Flooding closed the city office", DEADLINE, Cycles.NOW);
        submission.submit(DEADLINE.plusSeconds(1800), DEADLINE, Sections.DEFAULT_WORD_LIMITS);
        assertEquals(SubmissionStatus.SUBMITTED, submission.status());
    }

    @Test
    void anExtensionMustEndAfterTheDeadlineAndInTheFuture() {
        Submission submission = draft(Entries.complete());
        InvalidInput early = assertThrows(InvalidInput.class,
                () -> submission.grantExtension(DEADLINE, "reason", DEADLINE, Cycles.NOW));
        assertEquals(List.of(new Violation("until", "must be after the cycle's deadline (2027-01-31T15:59:59Z)")), early.violations());
        InvalidInput past = assertThrows(InvalidInput.class,
                () -> submission.grantExtension(DEADLINE.plusSeconds(10), "reason", DEADLINE, DEADLINE.plusSeconds(20)));
        assertEquals(List.of(new Violation("until", "must be in the future")), past.violations());
    }

    @Test
    void anIncompleteDraftIsRefusedWithEachGap() {
        Submission submission = draft(Entries.titled("Only a title"));
        RuleViolated refused = assertThrows(RuleViolated.class,
                () -> submission.submit(Cycles.NOW, DEADLINE, Sections.DEFAULT_WORD_LIMITS));
        assertEquals(10, refused.violations().size());
        assertEquals(new Violation("summary", "must be given"), refused.violations().get(0));
        assertEquals(SubmissionStatus.DRAFT, submission.status());
    }

    @Test
    void onlyADraftIsEditedOrSubmitted() {
        Submission submission = draft(Entries.complete());
        submission.submit(Cycles.NOW, DEADLINE, Sections.DEFAULT_WORD_LIMITS);
        Conflict edit = assertThrows(Conflict.class, () -> submission.edit(Entries.complete(), Cycles.NOW));
        assertEquals("Editing is possible only for an entry that is draft; this one is submitted.", edit.getMessage());
        assertThrows(Conflict.class, () -> submission.submit(Cycles.NOW, DEADLINE, Sections.DEFAULT_WORD_LIMITS));
    }

    @Test
    void screeningDecidesEligibilityAndMayBeRevisedButNotAfterWithdrawal() {
        Submission submission = draft(Entries.complete());
        assertThrows(Conflict.class, () -> submission.screen(true, "complete", Cycles.NOW));
        submission.submit(Cycles.NOW, DEADLINE, Sections.DEFAULT_WORD_LIMITS);
        submission.screen(false, "outside the award's scope", Cycles.NOW);
        assertEquals(SubmissionStatus.INELIGIBLE, submission.status());
        submission.screen(true, "within scope after all", Cycles.NOW);
        assertEquals(SubmissionStatus.ELIGIBLE, submission.status());
        assertEquals(true, submission.isEligible());
        submission.withdraw(Cycles.NOW);
        assertEquals(false, submission.isEligible());
        assertThrows(Conflict.class, () -> submission.screen(true, "again", Cycles.NOW));
        assertThrows(Conflict.class, () -> submission.withdraw(Cycles.NOW));
    }

    @Test
    void theTitleColumnFollowsTheContent() {
        Submission submission = draft(Entries.titled("First"));
        submission.edit(Entries.titled("Second"), Cycles.NOW);
        assertEquals("Second", submission.title());
        assertEquals(submission.id(), submission.initiativeId());
    }
}
