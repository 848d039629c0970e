package org.urbaninnovation.submissions.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the document describes each {@code Page<T>} this service answers: an OpenAPI schema cannot
 * name a generic type's argument, so each list's envelope is spelt out once here for its
 * {@code @APIResponse}.
 */
final class DocumentedLists {

    private DocumentedLists() {
    }

    @Schema(name = "CyclePage", description = "A page of award cycles")
    record CyclePage(List<CycleView> items, int page, int size, long total) {
    }

    @Schema(name = "SubmissionPage", description = "A page of entries")
    record SubmissionPage(List<SubmissionSummaryView> items, int page, int size, long total) {
    }

    @Schema(name = "ReviewListPage", description = "A page of an entry's reviews")
    record ReviewListPage(List<ReviewListView> items, int page, int size, long total) {
    }

    @Schema(name = "JurorPage", description = "A page of a cycle's jurors")
    record JurorPage(List<JurorView> items, int page, int size, long total) {
    }

    @Schema(name = "AssignmentPage", description = "A page of assignments")
    record AssignmentPage(List<AssignmentView> items, int page, int size, long total) {
    }

    @Schema(name = "RankingPage", description = "A page of the ranking")
    record RankingPage(List<RankingRow> items, int page, int size, long total) {
    }

    @Schema(name = "AuditPage", description = "A page of the audit trail")
    record AuditPage(List<AuditView> items, int page, int size, long total) {
    }
}
