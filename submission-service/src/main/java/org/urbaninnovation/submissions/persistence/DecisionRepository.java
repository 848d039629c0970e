package org.urbaninnovation.submissions.persistence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.submissions.domain.deliberation.Decision;
import org.urbaninnovation.submissions.domain.deliberation.DecisionStore;
import org.urbaninnovation.submissions.domain.deliberation.Outcome;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DecisionRepository implements DecisionStore, PanacheRepositoryBase<Decision, UUID> {

    @Override
    public Optional<Decision> current(UUID submissionId) {
        return find("submissionId = ?1 and supersededAt is null", submissionId).firstResultOptional();
    }

    /**
     * Flushes first: Hibernate orders inserts before updates, and the earlier decision must be marked
     * superseded before its successor takes the entry's one standing place.
     */
    @Override
    public void add(Decision decision) {
        getEntityManager().flush();
        persist(decision);
    }

    @Override
    public Map<Outcome, Integer> tally(UUID cycleId, UUID except) {
        Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
        getEntityManager().createQuery("select d.outcome, count(d) from Decision d where d.cycleId = :cycle"
                + " and d.supersededAt is null and d.submissionId <> :except group by d.outcome", Object[].class)
                .setParameter("cycle", cycleId).setParameter("except", except).getResultList()
                .forEach(row -> tally.put(Outcome.of((String) row[0]).orElseThrow(), ((Long) row[1]).intValue()));
        return tally;
    }

    @Override
    public List<Decision> currentOf(UUID cycleId) {
        return list("cycleId = ?1 and supersededAt is null order by decidedAt, id", cycleId);
    }
}
