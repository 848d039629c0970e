package org.urbaninnovation.catalog.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Snapshots of every version of an initiative, kept when it is edited or withdrawn. */
@ApplicationScoped
public class RevisionRepository {

    public record Revision(long version, String status, String snapshot, String changedBy, OffsetDateTime changedAt) {
    }

    private final EntityManager em;

    public RevisionRepository(EntityManager em) {
        this.em = em;
    }

    public void record(UUID initiativeId, long version, String status, String snapshotJson, String changedBy) {
        em.createNativeQuery("insert into initiative_revision (initiative_id, version, status, snapshot, changed_by)"
                        + " values (?1, ?2, ?3, cast(?4 as jsonb), ?5) on conflict do nothing")
                .setParameter(1, initiativeId)
                .setParameter(2, version)
                .setParameter(3, status)
                .setParameter(4, snapshotJson)
                .setParameter(5, changedBy)
                .executeUpdate();
    }

    public List<Revision> of(UUID initiativeId) {
        List<Revision> revisions = new ArrayList<>();
        for (Object row : em.createNativeQuery("select version, status, snapshot::text, changed_by, changed_at"
                + " from initiative_revision where initiative_id = ?1 order by version").setParameter(1, initiativeId)
                .getResultList()) {
            Object[] cells = (Object[]) row;
            revisions.add(new Revision(((Number) cells[0]).longValue(), (String) cells[1], (String) cells[2],
                    (String) cells[3], toOffset(cells[4])));
        }
        return revisions;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
