package org.urbaninnovation.catalog.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.Violation;

/**
 * What a draft must satisfy against the stored catalogue before it is published (each field's own
 * limits are checked by the API): its city exists, a given id is free, its slug (given, or made of
 * the city's slug and the title) is free and, in an import, used once, its cycle is known. Every
 * problem is collected and refused at once, named by the field as the client sent it, with the
 * draft's index in an import ({@code [3].slug}). A slug taken by another initiative is a conflict
 * (409) for a single draft, and one more violation in an import.
 */
@ApplicationScoped
public class InitiativeChecks {

    private final Initiatives initiatives;
    private final Cities cities;
    private final AwardCycles cycles;

    public InitiativeChecks(Initiatives initiatives, Cities cities, AwardCycles cycles) {
        this.initiatives = initiatives;
        this.cities = cities;
        this.cycles = cycles;
    }

    /** A new initiative made of the draft, not yet stored. */
    public Initiative created(InitiativeDraft draft) {
        List<Violation> violations = new ArrayList<>();
        Initiative initiative = newInitiative(draft, Draft.single(), violations);
        InvalidInput.throwIfAny(violations);
        return initiative;
    }

    /** New initiatives made of every draft, not yet stored: all of them, or a refusal naming every problem of each. */
    public List<Initiative> imported(List<InitiativeDraft> drafts) {
        List<Violation> violations = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        List<Initiative> created = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = Draft.inImport(i, slugs);
            UUID id = drafts.get(i).id();
            if (id != null && !ids.add(id)) {
                violations.add(draft.violation("id", "is used twice in this import"));
            }
            created.add(newInitiative(drafts.get(i), draft, violations));
        }
        InvalidInput.throwIfAny(violations);
        return created;
    }

    /** The initiative with the draft's content, its slug kept unless the draft names another. */
    public void revise(Initiative initiative, InitiativeDraft draft) {
        List<Violation> violations = new ArrayList<>();
        Draft single = Draft.single();
        Optional<City> city = cityOf(draft.cityId(), single, violations);
        String slug = draft.slug() != null ? draft.slug() : initiative.slug;
        checkSlug(slug, initiative.id, single, violations);
        checkCycle(draft.cycle(), single, violations);
        InvalidInput.throwIfAny(violations);
        initiative.apply(draft, city.orElseThrow(), slug);
    }

    private Initiative newInitiative(InitiativeDraft draft, Draft at, List<Violation> violations) {
        Optional<City> city = cityOf(draft.cityId(), at, violations);
        UUID id = draft.id() != null ? draft.id() : UUID.randomUUID();
        if (draft.id() != null && initiatives.exists(id)) {
            violations.add(at.violation("id", "an initiative with this id already exists"));
        }
        String slug = draft.slug() != null ? draft.slug()
                : Slugs.of(city.map(c -> c.slug + " ").orElse("") + draft.title());
        checkSlug(slug, id, at, violations);
        checkCycle(draft.cycle(), at, violations);
        Initiative initiative = new Initiative();
        initiative.id = id;
        city.ifPresent(c -> initiative.apply(draft, c, slug));
        return initiative;
    }

    private Optional<City> cityOf(UUID cityId, Draft at, List<Violation> violations) {
        Optional<City> city = cityId == null ? Optional.empty() : cities.byId(cityId);
        if (city.isEmpty()) {
            violations.add(at.violation("cityId", "no city has this id"));
        }
        return city;
    }

    private void checkSlug(String slug, UUID self, Draft at, List<Violation> violations) {
        if (!at.slugs().add(slug)) {
            violations.add(at.violation("slug", "is used twice in this import"));
        } else if (initiatives.slugTakenByOther(slug, self)) {
            if (!at.inImport()) {
                throw new Conflict("The slug '" + slug + "' is already used by another initiative.",
                        List.of(new Violation("slug", "is already used by another initiative")));
            }
            violations.add(at.violation("slug", "is already used by another initiative"));
        }
    }

    private void checkCycle(String cycle, Draft at, List<Violation> violations) {
        if (cycle != null && !cycles.exists(cycle)) {
            violations.add(at.violation("cycle", "is not a known award cycle"));
        }
    }

    /** Where a draft stands: alone, or at an index of an import, whose slugs must differ. */
    private record Draft(String prefix, boolean inImport, Set<String> slugs) {

        static Draft single() {
            return new Draft("", false, new HashSet<>());
        }

        static Draft inImport(int index, Set<String> slugsOfTheImport) {
            return new Draft("[" + index + "].", true, slugsOfTheImport);
        }

        Violation violation(String field, String message) {
            return new Violation(prefix + field, message);
        }
    }
}
