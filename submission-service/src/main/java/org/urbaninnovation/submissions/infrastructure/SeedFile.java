package org.urbaninnovation.submissions.infrastructure;

import java.util.List;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.submission.SubmissionContent;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.CityData;

/**
 * The award's demo data: the 6th cycle as published history (its 14 entries as the catalogue
 * published them, with no scores, since the award published none) and a 7th cycle open for entries,
 * with two cities' drafts and the three demo jurors.
 */
record SeedFile(String source, History history, Open open) {

    record CycleSeed(UUID id, int number, String name, String timeZone, Integer deadlineInDays) {
    }

    record History(CycleSeed cycle, String outcome, String rationale, List<Entry> entries) {
    }

    /** An entry of the award's history: the catalogue's initiative id, city and title. */
    record Entry(UUID id, UUID initiativeId, UUID cityId, String title, CityData city) {
    }

    record Open(CycleSeed cycle, List<Draft> drafts, List<JurorSeed> jurors) {
    }

    record Draft(UUID id, UUID cityId, String author, SubmissionContent content) {
    }

    record JurorSeed(UUID id, String subject, String name, String country) {
    }
}
