package org.urbaninnovation.submissions.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.urbaninnovation.submissions.domain.audit.AuditFilter;
import org.urbaninnovation.submissions.domain.audit.AuditRecord;
import org.urbaninnovation.submissions.domain.audit.AuditTrail;
import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The audit trail in one append-only table (a trigger refuses updates and deletes). Of a change's
 * before and after, only the members that differ are kept, object by object: an autosave that
 * changes one section records that section, not the whole entry twice. Recording flushes the
 * change first, so a concurrent edit or a duplicate is refused within the request (and its 412 or
 * 409 answered) rather than at commit, and the change is in the database before its record.
 */
@ApplicationScoped
public class AuditRepository implements AuditTrail {

    private static final String INSERT = """
            insert into audit_entry (at, actor, action, entity_type, entity_id, cycle_id, before, after)
            values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""";

    private static final String INSERT_MANY = """
            insert into audit_entry (at, actor, action, entity_type, entity_id, cycle_id, before, after)
            select ?, ?, ?, ?, t.entity_id, ?, t.before::jsonb, t.after::jsonb
              from unnest(?, ?, ?) as t(entity_id, before, after)""";

    private static final String COLUMNS = """
            select id, at, actor, action, entity_type, entity_id, cycle_id, before::text, after::text
              from audit_entry""";

    private final Jdbc jdbc;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AuditRepository(Jdbc jdbc, EntityManager em, ObjectMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, String entityType, Object entityId, UUID cycleId, Object before,
            Object after) {
        em.flush();
        String[] change = change(before, after);
        jdbc.update(INSERT, clock.instant(), actor, action, entityType, entityId.toString(), cycleId, change[0], change[1]);
    }

    @Override
    public void recordAll(String actor, String action, String entityType, UUID cycleId, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.flush();
        List<String> ids = new ArrayList<>();
        List<String> befores = new ArrayList<>();
        List<String> afters = new ArrayList<>();
        for (Change c : changes) {
            String[] change = change(c.before(), c.after());
            ids.add(c.entityId().toString());
            befores.add(change[0]);
            afters.add(change[1]);
        }
        jdbc.update(INSERT_MANY, clock.instant(), actor, action, entityType, cycleId, Jdbc.texts(ids), Jdbc.texts(befores),
                Jdbc.texts(afters));
    }

    @Override
    public Slice<AuditRecord> find(AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        and(where, params, filter.cycleId(), " and cycle_id = ?");
        and(where, params, filter.actor(), " and actor = ?");
        and(where, params, filter.entityId(), " and entity_id = ?");
        and(where, params, filter.entityType(), " and entity_type = ?");
        and(where, params, filter.from(), " and at >= ?");
        and(where, params, filter.to(), " and at < ?");
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<AuditRecord> items = jdbc.query(COLUMNS + where + " order by id limit ? offset ?",
                rs -> new AuditRecord(rs.getLong(1), Jdbc.instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9)),
                pageParams.toArray());
        long total = jdbc.query("select count(*) from audit_entry" + where, rs -> rs.getLong(1), params.toArray()).get(0);
        return new Slice<>(items, total);
    }

    private static void and(StringBuilder where, List<Object> params, Object value, String clause) {
        if (value != null) {
            where.append(clause);
            params.add(value);
        }
    }

    /** Before and after as JSON, reduced to what differs when both are objects. */
    private String[] change(Object before, Object after) {
        JsonNode b = before == null ? null : mapper.valueToTree(before);
        JsonNode a = after == null ? null : mapper.valueToTree(after);
        if (b instanceof ObjectNode bo && a instanceof ObjectNode ao) {
            ObjectNode[] diff = diff(bo, ao);
            b = diff[0];
            a = diff[1];
        }
        return new String[] { b == null ? null : b.toString(), a == null ? null : a.toString() };
    }

    static ObjectNode[] diff(ObjectNode before, ObjectNode after) {
        ObjectNode b = before.objectNode();
        ObjectNode a = after.objectNode();
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode was = before.get(name);
            JsonNode is = after.get(name);
            if (was != null && was.equals(is)) {
                continue;
            }
            if (was instanceof ObjectNode wo && is instanceof ObjectNode io) {
                ObjectNode[] inner = diff(wo, io);
                b.set(name, inner[0]);
                a.set(name, inner[1]);
            } else {
                b.set(name, was == null ? NullNode.getInstance() : was);
                a.set(name, is == null ? NullNode.getInstance() : is);
            }
        }
        return new ObjectNode[] { b, a };
    }
}
