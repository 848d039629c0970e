package org.urbaninnovation.gateway.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo users of a local platform: one per role, jurors from three countries, two city offices. */
public final class DemoUsers {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "Award Secretariat", "admin", Map.of()),
            new DemoUser("juror-kenya", "Amina Odhiambo", "jury", Map.of("country", "KE")),
            new DemoUser("juror-brazil", "Lucas Ferreira", "jury", Map.of("country", "BR")),
            new DemoUser("juror-germany", "Sofia Weber", "jury", Map.of("country", "DE")),
            new DemoUser("city-xianning", "Xianning city office", "city", Map.of("city", "22222222-0000-4000-8000-000000000001")),
            new DemoUser("city-haikou", "Haikou city office", "city", Map.of("city", "22222222-0000-4000-8000-000000000008")),
            new DemoUser("feed-reader", "Internal service account", "service", Map.of()));

    private DemoUsers() {
    }

    public static Optional<DemoUser> named(String login) {
        return ALL.stream().filter(u -> u.login().equals(login)).findFirst();
    }
}
