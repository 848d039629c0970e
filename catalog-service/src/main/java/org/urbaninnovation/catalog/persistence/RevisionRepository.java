package org.urbaninnovation.catalog.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.urbaninnovation.catalog.domain.InitiativeSnapshot;
import org.urbaninnovation.catalog.domain.Revision;
import org.urbaninnovation.catalog.domain.Revisions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Snapshots of every version of an initiative, as JSON documents. Native statements: a snapshot is
 * a {@code jsonb} document kept as written, and a version recorded twice is skipped
 * ({@code on conflict do nothing}), which JPA cannot say.
 */
@ApplicationScoped
public class RevisionRepository implements Revisions {

    private static final String RECORD = """
            insert into initiative_revision (initiative_id, version, status, snapshot, changed_by)
            values (:initiative, :version, :status, cast(:snapshot as jsonb), :changedBy) on conflict do nothing""";

    private static final String OF_INITIATIVE = """
            select version, status, snapshot::text, changed_by, changed_at
            from initiative_revision where initiative_id = :initiative order by version""";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public RevisionRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Override
    public void record(InitiativeSnapshot snapshot, String changedBy) {
        em.createNativeQuery(RECORD)
                .setParameter("initiative", snapshot.id())
                .setParameter("version", snapshot.version())
                .setParameter("status", snapshot.status())
                .setParameter("snapshot", json(snapshot))
                .setParameter("changedBy", changedBy)
                .executeUpdate();
    }

    @Override
    public List<Revision> of(UUID initiativeId) {
        List<Revision> revisions = new ArrayList<>();
        for (Object row : em.createNativeQuery(OF_INITIATIVE).setParameter("initiative", initiativeId).getResultList()) {
            Object[] cells = (Object[]) row;
            revisions.add(new Revision(((Number) cells[0]).longValue(), (String) cells[1], (String) cells[2],
                    (String) cells[3], toOffset(cells[4])));
        }
        return revisions;
    }

    private String json(InitiativeSnapshot snapshot) {
        try {
            return mapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
