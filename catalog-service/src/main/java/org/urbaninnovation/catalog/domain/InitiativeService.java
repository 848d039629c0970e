package org.urbaninnovation.catalog.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.catalog.persistence.InitiativeRepository;
import org.urbaninnovation.commons.problem.ProblemException;

/** The catalogue's use cases; the transaction boundary of the service. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InitiativeService {

    private final InitiativeRepository initiatives;

    public InitiativeService(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    public List<Initiative> listPublished(int page, int size) {
        return initiatives.listPublished(page, size);
    }

    public long countPublished() {
        return initiatives.countPublished();
    }

    public Initiative getPublished(String idOrSlug) {
        return initiatives.findPublished(idOrSlug)
                .orElseThrow(() -> ProblemException.notFound("No published initiative has the id or slug '" + idOrSlug + "'."));
    }
}
