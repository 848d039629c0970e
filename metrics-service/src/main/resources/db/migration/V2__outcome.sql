-- The baseline -> result pair of each (initiative, indicator, scope), maintained by the transaction
-- that changes its observations, so that outcome reads never search the observations for pairs.
create table outcome (
    initiative_id   uuid not null,
    indicator_code  text not null references indicator (code),
    scope           text not null,
    baseline_id     uuid not null references observation (id),
    result_id       uuid not null references observation (id),
    primary key (initiative_id, indicator_code, scope)
);
create index outcome_indicator on outcome (indicator_code);

-- Recomputes the pairs of the given (initiative, indicator) keys, or of all when both are null:
-- the earliest baseline and the latest result (a figure without a period counts as the earliest
-- baseline and the latest result), the result not before the baseline.
create function refresh_outcomes(initiatives uuid[], indicators text[]) returns void
language sql as $$
    delete from outcome o
     where initiatives is null
        or (o.initiative_id, o.indicator_code) in (select * from unnest(initiatives, indicators));
    insert into outcome (initiative_id, indicator_code, scope, baseline_id, result_id)
    select b.initiative_id, b.indicator_code, b.scope, b.id, r.id
      from (select distinct on (initiative_id, indicator_code, scope) * from observation
             where phase = 'baseline'
               and (initiatives is null
                    or (initiative_id, indicator_code) in (select * from unnest(initiatives, indicators)))
             order by initiative_id, indicator_code, scope, period_start asc nulls first, period_end) b
      join (select distinct on (initiative_id, indicator_code, scope) * from observation
             where phase = 'result'
               and (initiatives is null
                    or (initiative_id, indicator_code) in (select * from unnest(initiatives, indicators)))
             order by initiative_id, indicator_code, scope, period_start desc nulls first, period_end desc) r
        on r.initiative_id = b.initiative_id and r.indicator_code = b.indicator_code and r.scope = b.scope
       and (b.period_start is null or r.period_start is null or r.period_start >= b.period_start);
$$;

select refresh_outcomes(null, null);
