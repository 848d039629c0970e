package org.urbaninnovation.submissions.persistence;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;
import org.urbaninnovation.submissions.domain.jury.Assignment;
import org.urbaninnovation.submissions.domain.jury.AssignmentFilter;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Entry;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Pair;
import org.urbaninnovation.submissions.domain.jury.AssignmentStore;
import org.urbaninnovation.submissions.domain.jury.AssignmentSummary;
import org.urbaninnovation.submissions.domain.submission.AssignedJurors;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AssignmentRepository implements AssignmentStore, AssignedJurors, PanacheRepositoryBase<Assignment, UUID> {

    private static final String INSERT_MANY = """
            insert into assignment (id, cycle_id, submission_id, juror_id, status, assigned_at, assigned_by)
            select t.id, ?, t.submission_id, t.juror_id, 'active', ?, ?
              from unnest(?, ?, ?) as t(id, submission_id, juror_id)""";

    private static final String ELIGIBLE_ENTRIES = """
            select id, city_id, country_code
              from submission
             where cycle_id = ? and eligible and status <> 'withdrawn'""";

    private static final String SUMMARY = "select new org.urbaninnovation.submissions.domain.jury.AssignmentSummary("
            + "a.id, a.cycleId, a.submissionId, a.jurorId, j.name, a.status, a.assignedAt, a.assignedBy, a.conflictReason,"
            + " a.conflictDeclaredAt, coalesce(r.status, 'not_started'))"
            + " from Assignment a join Juror j on j.id = a.jurorId left join Review r on r.id = a.id";

    private final Jdbc jdbc;

    public AssignmentRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Assignment> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public void add(Assignment assignment) {
        persist(assignment);
    }

    @Override
    public void addAll(List<Assignment> assignments) {
        Assignment first = assignments.get(0);
        jdbc.update(INSERT_MANY, first.cycleId(), first.assignedAt(), first.assignedBy(),
                Jdbc.uuids(assignments.stream().map(Assignment::id).toList()),
                Jdbc.uuids(assignments.stream().map(Assignment::submissionId).toList()),
                Jdbc.uuids(assignments.stream().map(Assignment::jurorId).toList()));
    }

    @Override
    public Pairs pairs(UUID cycleId) {
        getEntityManager().flush();
        Set<Pair> all = new HashSet<>();
        Set<Pair> active = new HashSet<>();
        jdbc.query("select submission_id, juror_id, status from assignment where cycle_id = ?", rs -> {
            Pair pair = new Pair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
            all.add(pair);
            if ("active".equals(rs.getString(3))) {
                active.add(pair);
            }
            return pair;
        }, cycleId);
        return new Pairs(all, active);
    }

    @Override
    public boolean paired(UUID submissionId, UUID jurorId) {
        return count("submissionId = ?1 and jurorId = ?2", submissionId, jurorId) > 0;
    }

    @Override
    public List<Entry> eligibleEntries(UUID cycleId) {
        getEntityManager().flush();
        return jdbc.query(ELIGIBLE_ENTRIES, rs -> new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getString(3)), cycleId);
    }

    @Override
    public Optional<AssignmentSummary> summary(UUID id) {
        return getEntityManager().createQuery(SUMMARY + " where a.id = :id", AssignmentSummary.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Slice<AssignmentSummary> page(AssignmentFilter filter, PageRequest page) {
        Conditions conditions = new Conditions()
                .and(filter.cycleId(), "a.cycleId = :cycle", "cycle")
                .and(filter.submissionId(), "a.submissionId = :submission", "submission")
                .and(filter.jurorId(), "a.jurorId = :juror", "juror")
                .and(filter.status() == null ? null : filter.status().wire(), "a.status = :status", "status")
                .and(filter.jurorSubject(), "j.subject = :subject", "subject");
        List<AssignmentSummary> items = conditions.bind(getEntityManager()
                .createQuery(SUMMARY + conditions.where() + " order by a.assignedAt, a.id", AssignmentSummary.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = conditions.bind(getEntityManager().createQuery(
                "select count(a) from Assignment a join Juror j on j.id = a.jurorId" + conditions.where(), Long.class))
                .getSingleResult();
        return new Slice<>(items, total);
    }

    @Override
    public boolean activelyAssigned(UUID submissionId, String subject) {
        return getEntityManager().createQuery("select count(a) from Assignment a join Juror j on j.id = a.jurorId"
                + " where a.submissionId = :submission and a.status = 'active' and j.subject = :subject", Long.class)
                .setParameter("submission", submissionId).setParameter("subject", subject).getSingleResult() > 0;
    }
}
