package org.urbaninnovation.submissions.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.submissions.domain.deliberation.Contender;
import org.urbaninnovation.submissions.domain.deliberation.Ranking;
import org.urbaninnovation.submissions.domain.deliberation.ScoreSheets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The two reads a ranking needs, set-based: a cycle of 5,000 entries and 15,000 reviews is two statements. */
@ApplicationScoped
public class ScoreSheetQueries implements ScoreSheets {

    private static final String CONTENDERS = """
            select s.id, s.initiative_id, s.title, s.city_id, s.city_name, s.submitted_at
              from submission s
             where s.cycle_id = ? and s.eligible and s.status <> 'withdrawn'""";

    private static final String FILED_REVIEWS = """
            select r.submission_id, r.juror_id, r.scores::text
              from review r
              join assignment a on a.id = r.id and a.status = 'active'
              join submission s on s.id = r.submission_id and s.eligible and s.status <> 'withdrawn'
             where r.cycle_id = ? and r.status = 'filed'""";

    private static final String FINGERPRINT = """
            select (select count(*) || ':' || coalesce(sum(s.version), 0) from submission s
                     where s.cycle_id = ? and s.eligible is not null)
                || '|' || (select count(*) || ':' || coalesce(sum(r.version), 0) from review r
                            where r.cycle_id = ? and r.status = 'filed')
                || '|' || (select count(*) || ':' || coalesce(sum(a.version), 0) from assignment a
                            where a.cycle_id = ? and a.status = 'conflicted')""";

    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {
    };

    private final Jdbc jdbc;
    private final ObjectMapper mapper;

    public ScoreSheetQueries(Jdbc jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    public List<Contender> contenders(UUID cycleId) {
        return jdbc.query(CONTENDERS, rs -> new Contender(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), Jdbc.instant(rs, 6)), cycleId);
    }

    @Override
    public List<Ranking.Review> filedReviews(UUID cycleId) {
        return jdbc.query(FILED_REVIEWS, rs -> new Ranking.Review(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                scores(rs.getString(3))), cycleId);
    }

    @Override
    public String fingerprint(UUID cycleId) {
        return jdbc.query(FINGERPRINT, rs -> rs.getString(1), cycleId, cycleId, cycleId).get(0);
    }

    private Map<String, Integer> scores(String json) {
        try {
            return mapper.readValue(json, SCORES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
