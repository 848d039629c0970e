package org.urbaninnovation.gateway.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.commons.domain.NotFound;

/**
 * Assembles an initiative's profile from its parts, in parallel where the keys allow: an id lets
 * every part but the city start at once; a slug needs the initiative first for its id. A part
 * whose service is down is named in {@code missing} and the rest is answered; only an initiative
 * the catalogue says does not exist is a 404.
 */
@ApplicationScoped
public class ProfileAssembly {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ProfileSources sources;

    public ProfileAssembly(ProfileSources sources) {
        this.sources = sources;
    }

    public CompletionStage<InitiativeProfile> profile(String idOrSlug) {
        CompletableFuture<Fetched<Initiative>> initiative = sources.initiative(idOrSlug).toCompletableFuture();
        CompletableFuture<Fetched<Object>> similar = sources.similar(idOrSlug).toCompletableFuture();
        boolean byId = UUID.matcher(idOrSlug).matches();
        CompletableFuture<Fetched<Object>> outcomesById = byId ? sources.outcomes(idOrSlug).toCompletableFuture() : null;
        CompletableFuture<Fetched<Object>> observationsById = byId ? sources.observations(idOrSlug).toCompletableFuture() : null;
        return initiative.thenCompose(found -> {
            if (found instanceof Fetched.Absent) {
                throw new NotFound("No published initiative has the id or slug '" + idOrSlug + "'.");
            }
            Initiative known = found.valueOrNull();
            CompletableFuture<Fetched<Object>> city = known == null || known.cityId() == null
                    ? CompletableFuture.completedFuture(unknownKey(found))
                    : sources.city(known.cityId()).toCompletableFuture();
            CompletableFuture<Fetched<Object>> outcomes = byId ? outcomesById : byInitiative(known, found, true);
            CompletableFuture<Fetched<Object>> observations = byId ? observationsById : byInitiative(known, found, false);
            return CompletableFuture.allOf(city, outcomes, observations, similar)
                    .thenApply(done -> assemble(found, city.join(), outcomes.join(), observations.join(), similar.join()));
        });
    }

    private CompletableFuture<Fetched<Object>> byInitiative(Initiative known, Fetched<Initiative> found, boolean outcomes) {
        if (known == null) {
            return CompletableFuture.completedFuture(unknownKey(found));
        }
        return (outcomes ? sources.outcomes(known.id()) : sources.observations(known.id())).toCompletableFuture();
    }

    /** A part that cannot be asked for because the initiative (its key) is missing: missing for the same reason. */
    private static Fetched<Object> unknownKey(Fetched<Initiative> initiative) {
        return initiative instanceof Fetched.Unavailable<Initiative> down ? Fetched.unavailable(down.service()) : Fetched.absent();
    }

    static InitiativeProfile assemble(Fetched<Initiative> initiative, Fetched<Object> city, Fetched<Object> outcomes,
            Fetched<Object> observations, Fetched<Object> similar) {
        List<String> missing = new ArrayList<>();
        List<Fetched<?>> parts = List.of(initiative, city, outcomes, observations, similar);
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Fetched.Unavailable) {
                missing.add(InitiativeProfile.PARTS.get(i));
            }
        }
        Initiative known = initiative.valueOrNull();
        return new InitiativeProfile(known == null ? null : known.representation(), city.valueOrNull(),
                outcomes.valueOrNull(), observations.valueOrNull(), similar.valueOrNull(), List.copyOf(missing));
    }
}
