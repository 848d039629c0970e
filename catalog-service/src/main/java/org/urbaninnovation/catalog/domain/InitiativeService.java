package org.urbaninnovation.catalog.domain;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.ExpectedVersion;
import org.urbaninnovation.commons.domain.NotFound;

/**
 * The catalogue's use cases for initiatives and their transaction boundary: every change writes
 * the initiative, its revision and its event in one transaction.
 */
@ApplicationScoped
@Transactional
public class InitiativeService {

    private final Initiatives initiatives;
    private final InitiativeChecks checks;
    private final InitiativeSearch search;
    private final SearchCache searchCache;
    private final Revisions revisions;
    private final CatalogEvents events;

    public InitiativeService(Initiatives initiatives, InitiativeChecks checks, InitiativeSearch search,
            SearchCache searchCache, Revisions revisions, CatalogEvents events) {
        this.initiatives = initiatives;
        this.checks = checks;
        this.search = search;
        this.searchCache = searchCache;
        this.revisions = revisions;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchResult search(SearchCriteria criteria) {
        if (criteria.searchesNothing()) {
            return SearchResult.NOTHING;
        }
        return searchCache.get(criteria, () -> search.search(criteria));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Initiative getPublished(String idOrSlug) {
        return initiatives.byIdOrSlug(idOrSlug).filter(Initiative::isPublished)
                .orElseThrow(() -> new NotFound("No published initiative has the id or slug '" + idOrSlug + "'."));
    }

    /** A published initiative's version without loading it: a conditional read that matches costs one index lookup. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> publishedVersion(String idOrSlug) {
        return initiatives.publishedVersion(idOrSlug);
    }

    /** Any initiative, withdrawn ones too: for the secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Initiative get(UUID id) {
        return initiatives.byId(id).orElseThrow(() -> new NotFound("No initiative has the id '" + id + "'."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Initiative> similar(String idOrSlug, int limit) {
        return initiatives.similarTo(getPublished(idOrSlug), limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Initiative> exportAll() {
        return initiatives.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revision> history(UUID id) {
        get(id);
        return revisions.of(id);
    }

    /**
     * The version of the themes' answer: the taxonomy and the catalogue's latest change. Read it
     * before the counts: an answer may then be newer than its version says (the next conditional
     * read gets a 200), never older (it would get 304s for a stale answer).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String themesVersion() {
        return Taxonomy.VERSION + "-" + initiatives.latestChange();
    }

    /** Counts of published initiatives for every theme of the award, zero included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> themeCounts() {
        Map<String, Long> counts = new HashMap<>();
        Taxonomy.THEMES.keySet().forEach(theme -> counts.put(theme, 0L));
        counts.putAll(initiatives.publishedPerTheme());
        return counts;
    }

    public Initiative create(InitiativeDraft draft, String actor) {
        Initiative initiative = checks.created(draft);
        publish(initiative, actor);
        return initiative;
    }

    /** All or nothing: every draft is checked first and the refusal names each problem by its index. */
    public List<Initiative> importAll(List<InitiativeDraft> drafts, String actor) {
        List<Initiative> created = checks.imported(drafts);
        created.forEach(initiative -> publish(initiative, actor));
        return created;
    }

    public Initiative update(UUID id, InitiativeDraft draft, ExpectedVersion expected, String actor) {
        Initiative initiative = get(id);
        expected.require("The initiative", initiative.currentVersion());
        if (!initiative.isPublished()) {
            throw new Conflict("A withdrawn initiative cannot be edited.");
        }
        checks.revise(initiative, draft);
        initiative.updatedAt = OffsetDateTime.now();
        initiatives.update(initiative);
        revisions.record(InitiativeSnapshot.of(initiative), actor);
        events.initiativeUpdated(initiative);
        return initiative;
    }

    /** Withdrawal hides an initiative from public reads; it and its history stay. */
    public Initiative withdraw(UUID id, ExpectedVersion expected, String actor) {
        Initiative initiative = get(id);
        expected.require("The initiative", initiative.currentVersion());
        initiative.withdraw(OffsetDateTime.now());
        initiatives.update(initiative);
        revisions.record(InitiativeSnapshot.of(initiative), actor);
        events.initiativeWithdrawn(initiative);
        return initiative;
    }

    private void publish(Initiative initiative, String actor) {
        initiative.publish(OffsetDateTime.now());
        initiatives.add(initiative);
        revisions.record(InitiativeSnapshot.of(initiative), actor);
        events.initiativeCreated(initiative);
    }
}
