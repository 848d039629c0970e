package org.urbaninnovation.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.NotFound;

class ProfileAssemblyTest {

    private static final String ID = "11111111-0000-4000-8000-000000000008";

    /** Sources that answer from memory and record what was asked; a service listed as down answers "unavailable". */
    private static final class Sources implements ProfileSources {
        final List<String> asked = new ArrayList<>();
        final List<String> down;
        final boolean exists;

        Sources(boolean exists, String... down) {
            this.exists = exists;
            this.down = List.of(down);
        }

        private <T> CompletionStage<Fetched<T>> answer(String service, String call, T value) {
            asked.add(call);
            return CompletableFuture.completedFuture(down.contains(service) ? Fetched.unavailable(service) : Fetched.found(value));
        }

        @Override
        public CompletionStage<Fetched<Initiative>> initiative(String idOrSlug) {
            if (!exists) {
                asked.add("initiative " + idOrSlug);
                return CompletableFuture.completedFuture(Fetched.absent());
            }
            return answer("catalog", "initiative " + idOrSlug, new Initiative(ID, "city-8", "the initiative"));
        }

        @Override
        public CompletionStage<Fetched<Object>> city(String cityId) {
            return answer("catalog", "city " + cityId, "the city");
        }

        @Override
        public CompletionStage<Fetched<Object>> similar(String idOrSlug) {
            return answer("catalog", "similar " + idOrSlug, "similar ones");
        }

        @Override
        public CompletionStage<Fetched<Object>> outcomes(String initiativeId) {
            return answer("metrics", "outcomes " + initiativeId, "outcomes");
        }

        @Override
        public CompletionStage<Fetched<Object>> observations(String initiativeId) {
            return answer("metrics", "observations " + initiativeId, "observations");
        }
    }

    private static InitiativeProfile profile(Sources sources, String key) {
        return new ProfileAssembly(sources).profile(key).toCompletableFuture().join();
    }

    @Test
    void everyPartIsThereWhenEveryServiceAnswers() {
        InitiativeProfile profile = profile(new Sources(true), "bee-eaters");
        assertEquals(new InitiativeProfile("the initiative", "the city", "outcomes", "observations", "similar ones", List.of()),
                profile);
    }

    @Test
    void aSlugIsResolvedToTheIdBeforeTheMetricsAreAsked() {
        Sources sources = new Sources(true);
        profile(sources, "bee-eaters");
        assertEquals(List.of("initiative bee-eaters", "similar bee-eaters", "city city-8", "outcomes " + ID,
                "observations " + ID), sources.asked);
    }

    @Test
    void anIdLetsTheMetricsBeAskedAtOnce() {
        Sources sources = new Sources(true);
        profile(sources, ID);
        assertEquals(List.of("initiative " + ID, "similar " + ID, "outcomes " + ID, "observations " + ID, "city city-8"),
                sources.asked);
    }

    @Test
    void withTheMetricsServiceDownTheRestIsAnsweredAndTheMissingPartsNamed() {
        InitiativeProfile profile = profile(new Sources(true, "metrics"), "bee-eaters");
        assertEquals(new InitiativeProfile("the initiative", "the city", null, null, "similar ones",
                List.of("outcomes", "observations")), profile);
    }

    @Test
    void withTheCatalogueDownAnIdStillGetsTheMetrics() {
        InitiativeProfile profile = profile(new Sources(true, "catalog"), ID);
        assertEquals(new InitiativeProfile(null, null, "outcomes", "observations", null,
                List.of("initiative", "city", "similar")), profile);
    }

    @Test
    void withTheCatalogueDownASlugCannotBeResolvedSoEverythingIsMissing() {
        InitiativeProfile profile = profile(new Sources(true, "catalog"), "bee-eaters");
        assertEquals(InitiativeProfile.PARTS, profile.missing());
    }

    @Test
    void anInitiativeTheCatalogueDoesNotKnowIsNotFound() {
        CompletionException e = assertThrows(CompletionException.class, () -> profile(new Sources(false), "nothing"));
        assertInstanceOf(NotFound.class, e.getCause());
    }
}
