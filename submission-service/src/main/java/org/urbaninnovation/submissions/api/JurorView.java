package org.urbaninnovation.submissions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.submissions.domain.jury.Juror;

public record JurorView(UUID id, UUID cycleId, String subject, String name, String country, UUID cityId,
        Instant registeredAt) {

    static JurorView of(Juror j) {
        return new JurorView(j.id(), j.cycleId(), j.subject(), j.name(), j.country(), j.cityId(), j.createdAt());
    }

    static final Columns<JurorView> COLUMNS = new Columns<>(
            List.of("id", "cycleId", "subject", "name", "country", "cityId", "registeredAt"),
            j -> java.util.Arrays.asList(j.id, j.cycleId, j.subject, j.name, j.country, j.cityId, j.registeredAt));
}
