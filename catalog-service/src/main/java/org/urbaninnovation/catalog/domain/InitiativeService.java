package org.urbaninnovation.catalog.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.catalog.persistence.CityRepository;
import org.urbaninnovation.catalog.persistence.InitiativeRepository;
import org.urbaninnovation.catalog.persistence.InitiativeSearch;
import org.urbaninnovation.catalog.persistence.RevisionRepository;
import org.urbaninnovation.commons.http.Preconditions;
import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.commons.domain.Violation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The catalogue's use cases and their transaction boundary: every change writes the initiative,
 * its revision and its event in one transaction.
 */
@ApplicationScoped
@Transactional
public class InitiativeService {


    private final InitiativeRepository initiatives;
    private final CityRepository cities;
    private final InitiativeSearch search;
    private final SearchCache searchCache;
    private final RevisionRepository revisions;
    private final InitiativeEvents events;
    private final ObjectMapper mapper;

    public InitiativeService(InitiativeRepository initiatives, CityRepository cities, InitiativeSearch search,
            SearchCache searchCache, RevisionRepository revisions, InitiativeEvents events, ObjectMapper mapper) {
        this.initiatives = initiatives;
        this.cities = cities;
        this.search = search;
        this.searchCache = searchCache;
        this.revisions = revisions;
        this.events = events;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InitiativeSearch.Result search(SearchCriteria criteria) {
        return searchCache.get(criteria, () -> search.search(criteria));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Initiative getPublished(String idOrSlug) {
        return initiatives.findByIdOrSlug(idOrSlug).filter(Initiative::isPublished)
                .orElseThrow(() -> ProblemException.notFound("No published initiative has the id or slug '" + idOrSlug + "'."));
    }

    /** Any initiative, withdrawn ones too: for the secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Initiative get(UUID id) {
        return initiatives.findByIdOrSlug(id.toString())
                .orElseThrow(() -> ProblemException.notFound("No initiative has the id '" + id + "'."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Initiative> similar(String idOrSlug, int limit) {
        Initiative source = getPublished(idOrSlug);
        return initiatives.withCities(initiatives.similarTo(source.id, limit));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Initiative> exportAll() {
        return initiatives.allWithCities();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionRepository.Revision> history(UUID id) {
        get(id);
        return revisions.of(id);
    }

    public Initiative create(InitiativeDraft draft, String actor) {
        List<Violation> violations = new ArrayList<>();
        Initiative initiative = newInitiative(draft, "", violations, new HashSet<>());
        reject(violations);
        persistNew(initiative, actor);
        return initiative;
    }

    /** All or nothing: every draft is checked first and the answer names each problem by its index. */
    public List<Initiative> importAll(List<InitiativeDraft> drafts, String actor) {
        List<Violation> violations = new ArrayList<>();
        Set<String> slugsInBatch = new HashSet<>();
        Set<UUID> idsInBatch = new HashSet<>();
        List<Initiative> created = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            UUID id = drafts.get(i).id();
            if (id != null && !idsInBatch.add(id)) {
                violations.add(new Violation("[" + i + "].id", "is used twice in this import"));
            }
            created.add(newInitiative(drafts.get(i), "[" + i + "].", violations, slugsInBatch));
        }
        reject(violations);
        created.forEach(initiative -> persistNew(initiative, actor));
        return created;
    }

    public Initiative update(UUID id, InitiativeDraft draft, String ifMatch, String actor) {
        Initiative initiative = get(id);
        Preconditions.requireMatch(ifMatch, initiative.etag());
        if (!initiative.isPublished()) {
            throw new ProblemException(ProblemType.CONFLICT, "A withdrawn initiative cannot be edited.");
        }
        List<Violation> violations = new ArrayList<>();
        City city = cityOf(draft.cityId(), "", violations);
        String slug = draft.slug() != null ? draft.slug() : initiative.slug;
        checkSlug(slug, initiative.id, "", violations, new HashSet<>());
        checkCycle(draft.cycle(), "", violations);
        reject(violations);
        apply(initiative, draft, city, slug);
        initiative.updatedAt = OffsetDateTime.now();
        initiatives.flush();
        revisions.record(initiative.id, initiative.version, initiative.status, snapshot(initiative), actor);
        events.initiative("updated", initiative);
        return initiative;
    }

    /** Withdrawal hides an initiative from public reads; it and its history stay. */
    public Initiative withdraw(UUID id, String ifMatch, String actor) {
        Initiative initiative = get(id);
        Preconditions.requireMatch(ifMatch, initiative.etag());
        if (!initiative.isPublished()) {
            throw new ProblemException(ProblemType.CONFLICT, "The initiative is already withdrawn.");
        }
        initiative.status = Initiative.WITHDRAWN;
        initiative.updatedAt = OffsetDateTime.now();
        initiatives.flush();
        revisions.record(initiative.id, initiative.version, initiative.status, snapshot(initiative), actor);
        events.initiative("withdrawn", initiative);
        return initiative;
    }

    private Initiative newInitiative(InitiativeDraft draft, String prefix, List<Violation> violations, Set<String> slugsInBatch) {
        City city = cityOf(draft.cityId(), prefix, violations);
        UUID id = draft.id() != null ? draft.id() : UUID.randomUUID();
        if (draft.id() != null && initiatives.findByIdOptional(id).isPresent()) {
            violations.add(new Violation(prefix + "id", "an initiative with this id already exists"));
        }
        String slug = draft.slug() != null ? draft.slug()
                : Slugs.of((city == null ? "" : city.slug + " ") + draft.title());
        checkSlug(slug, id, prefix, violations, slugsInBatch);
        checkCycle(draft.cycle(), prefix, violations);
        Initiative initiative = new Initiative();
        initiative.id = id;
        if (city != null) {
            apply(initiative, draft, city, slug);
        }
        return initiative;
    }

    private void persistNew(Initiative initiative, String actor) {
        initiative.publishedAt = OffsetDateTime.now();
        initiative.updatedAt = initiative.publishedAt;
        initiatives.persistAndFlush(initiative);
        revisions.record(initiative.id, initiative.version, initiative.status, snapshot(initiative), actor);
        events.initiative("created", initiative);
    }

    private static void apply(Initiative initiative, InitiativeDraft draft, City city, String slug) {
        initiative.slug = slug;
        initiative.title = draft.title();
        initiative.contentsTitle = draft.contentsTitle();
        initiative.city = city;
        initiative.cycleCode = draft.cycle();
        initiative.summary = draft.summary();
        initiative.sections = draft.sections() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(draft.sections());
        initiative.innovationType = draft.innovationType();
        initiative.themes = listOrEmpty(draft.themes()).stream().distinct().toArray(String[]::new);
        initiative.tags = listOrEmpty(draft.tags()).toArray(String[]::new);
        initiative.sdgs = listOrEmpty(draft.sdgs()).stream().distinct().sorted().toArray(Integer[]::new);
        initiative.partners = new ArrayList<>(listOrEmpty(draft.partners()));
        initiative.provenance = draft.provenance();
    }

    private City cityOf(UUID cityId, String prefix, List<Violation> violations) {
        City city = cityId == null ? null : cities.findById(cityId);
        if (city == null) {
            violations.add(new Violation(prefix + "cityId", "no city has this id"));
        }
        return city;
    }

    private void checkSlug(String slug, UUID self, String prefix, List<Violation> violations, Set<String> slugsInBatch) {
        if (!slugsInBatch.add(slug)) {
            violations.add(new Violation(prefix + "slug", "is used twice in this import"));
        } else if (initiatives.slugTakenByOther(slug, self)) {
            if (prefix.isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "The slug '" + slug + "' is already used by another initiative.",
                        List.of(new Violation("slug", "is already used by another initiative")));
            }
            violations.add(new Violation(prefix + "slug", "is already used by another initiative"));
        }
    }

    private void checkCycle(String cycle, String prefix, List<Violation> violations) {
        if (cycle != null && !initiatives.cycleExists(cycle)) {
            violations.add(new Violation(prefix + "cycle", "is not a known award cycle"));
        }
    }

    private static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
            throw new ProblemException(ProblemType.VALIDATION, detail, violations);
        }
    }

    private String snapshot(Initiative initiative) {
        try {
            return mapper.writeValueAsString(InitiativeSnapshot.of(initiative));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Counts of published initiatives per theme, for the taxonomy. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> themeCounts() {
        Map<String, Long> counts = new HashMap<>();
        Taxonomy.THEMES.keySet().forEach(theme -> counts.put(theme, 0L));
        counts.putAll(initiatives.publishedPerTheme());
        return counts;
    }
}
