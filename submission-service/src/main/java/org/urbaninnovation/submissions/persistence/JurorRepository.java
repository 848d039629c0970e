package org.urbaninnovation.submissions.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;
import org.urbaninnovation.submissions.domain.jury.Juror;
import org.urbaninnovation.submissions.domain.jury.JurorStore;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class JurorRepository implements JurorStore, PanacheRepositoryBase<Juror, UUID> {

    @Override
    public Optional<Juror> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public boolean subjectTaken(UUID cycleId, String subject) {
        return count("cycleId = ?1 and subject = ?2", cycleId, subject) > 0;
    }

    @Override
    public void add(Juror juror) {
        persist(juror);
    }

    @Override
    public List<Juror> ofCycle(UUID cycleId) {
        return list("cycleId", Sort.by("id"), cycleId);
    }

    @Override
    public Slice<Juror> page(UUID cycleId, PageRequest page) {
        return new Slice<>(find("cycleId", Sort.by("createdAt").and("id"), cycleId)
                .page(Page.of(page.page(), page.size())).list(), count("cycleId", cycleId));
    }
}
