package org.urbaninnovation.submissions.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;
import org.urbaninnovation.submissions.domain.submission.StatusChange;
import org.urbaninnovation.submissions.domain.submission.Submission;
import org.urbaninnovation.submissions.domain.submission.SubmissionFilter;
import org.urbaninnovation.submissions.domain.submission.SubmissionStore;
import org.urbaninnovation.submissions.domain.submission.SubmissionSummary;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SubmissionRepository implements SubmissionStore, PanacheRepositoryBase<Submission, UUID> {

    private static final String SUMMARY = "select new org.urbaninnovation.submissions.domain.submission.SubmissionSummary("
            + "s.id, s.cycleId, s.initiativeId, s.cityId, s.title, s.status, s.submittedAt, s.updatedAt) from Submission s";

    /** A juror's entries: eligible, assigned to them without a declared conflict, in a cycle whose review has begun. */
    private static final String ASSIGNED = "s.eligible = true and s.status <> 'withdrawn' and exists (select 1 from Assignment a join Juror j on j.id = a.jurorId"
            + " where a.submissionId = s.id and a.status = 'active' and j.subject = :subject)"
            + " and exists (select 1 from Cycle c where c.id = s.cycleId"
            + " and c.phase in ('review', 'deliberation', 'decided', 'published'))";

    @Override
    public Optional<Submission> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public void add(Submission submission) {
        persist(submission);
    }

    @Override
    public void addHistory(StatusChange change) {
        getEntityManager().persist(change);
    }

    @Override
    public List<StatusChange> history(UUID submissionId) {
        return getEntityManager()
                .createQuery("from StatusChange c where c.submissionId = :id order by c.id", StatusChange.class)
                .setParameter("id", submissionId).getResultList();
    }

    @Override
    public Slice<SubmissionSummary> page(SubmissionFilter filter, PageRequest page) {
        Conditions conditions = new Conditions()
                .and(filter.cycleId(), "s.cycleId = :cycle", "cycle")
                .and(filter.status() == null ? null : filter.status().wire(), "s.status = :status", "status")
                .and(filter.cityId(), "s.cityId = :city", "city");
        if (filter.jurorSubject() != null) {
            conditions.and(ASSIGNED, Map.of("subject", filter.jurorSubject()));
        }
        List<SubmissionSummary> items = conditions.bind(getEntityManager()
                .createQuery(SUMMARY + conditions.where() + " order by s.createdAt, s.id", SubmissionSummary.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = conditions.bind(getEntityManager()
                .createQuery("select count(s) from Submission s" + conditions.where(), Long.class)).getSingleResult();
        return new Slice<>(items, total);
    }
}
