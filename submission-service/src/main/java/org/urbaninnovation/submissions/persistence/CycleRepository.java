package org.urbaninnovation.submissions.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleProgress;
import org.urbaninnovation.submissions.domain.cycle.CycleStore;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CycleRepository implements CycleStore, PanacheRepositoryBase<Cycle, UUID> {

    /**
     * Every eligible entry with its standing assignments, their filed reviews and its standing
     * decision, counted in one pass over the cycle's entries.
     */
    private static final String PROGRESS = """
            select count(*) filter (where s.status not in ('draft', 'withdrawn')),
                   count(*) filter (where s.status = 'submitted'),
                   count(*) filter (where e.eligible),
                   count(*) filter (where e.eligible and coalesce(w.active, 0) < ?),
                   count(*) filter (where e.eligible and coalesce(w.filed, 0) < ?),
                   count(*) filter (where e.eligible and d.id is null),
                   count(*) filter (where e.eligible and d.outcome = 'winner')
              from submission s
             cross join lateral (select coalesce(s.eligible, false) and s.status <> 'withdrawn' as eligible) e
              left join lateral (select count(*) as active, count(r.id) filter (where r.status = 'filed') as filed
                                   from assignment a
                                   left join review r on r.id = a.id
                                  where a.submission_id = s.id and a.status = 'active') w on e.eligible
              left join decision d on d.submission_id = s.id and d.superseded_at is null
             where s.cycle_id = ?""";

    private final Jdbc jdbc;

    public CycleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Cycle> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public Optional<Cycle> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** {@code for share}: other sharers proceed, a phase change (an update of the row) waits for them. */
    @Override
    public Optional<Cycle> share(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    @Override
    public boolean numberTaken(int number, UUID except) {
        return except == null ? count("number", number) > 0 : count("number = ?1 and id <> ?2", number, except) > 0;
    }

    @Override
    public void add(Cycle cycle) {
        persist(cycle);
    }

    @Override
    public Slice<Cycle> page(PageRequest page) {
        return new Slice<>(findAll(Sort.descending("number")).page(Page.of(page.page(), page.size())).list(), count());
    }

    @Override
    public CycleProgress progress(Cycle cycle) {
        getEntityManager().flush();
        int k = cycle.reviewsPerSubmission();
        return jdbc.query(PROGRESS, rs -> new CycleProgress(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7)), k, k, cycle.id()).get(0);
    }
}
