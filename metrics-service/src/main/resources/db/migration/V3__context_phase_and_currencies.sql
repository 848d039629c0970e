-- Background figures that set the scene of an outcome without being one (a disaster's losses and
-- rainfall, a share of the population, a recognition, the donors of a school) get a phase of their
-- own. refresh_outcomes pairs only baselines with results, so they never become outcomes.
alter table observation drop constraint observation_phase_check;
alter table observation add constraint observation_phase_check
    check (phase in ('baseline', 'result', 'target', 'scale', 'context'));

-- A database that loaded the seed before this version holds some of its figures under their former
-- phase and money in printed units ('million yuan', 'billion HK$') as indicator units. The seed
-- loader only adds missing figures: left alone, these would stay beside their reclassified copies
-- and keep normalized values computed for the former units. An ingest since (another source
-- document) is left as it is.
update observation o
   set phase = 'context', version = o.version + 1, updated_at = now()
  from (values ('11111111-0000-4000-8000-000000000003'::uuid, 'annual_newborns_city', 'scale', null),
               ('11111111-0000-4000-8000-000000000004'::uuid, 'flood_direct_economic_losses', 'baseline', '2016-06'),
               ('11111111-0000-4000-8000-000000000010'::uuid, 'households_in_subdivided_units', 'scale', '2021'),
               ('11111111-0000-4000-8000-000000000010'::uuid, 'people_in_subdivided_units', 'scale', '2021'),
               ('11111111-0000-4000-8000-000000000014'::uuid, 'inhabitants_surrounding_area', 'scale', null))
       as s (initiative_id, indicator_code, phase, period)
 where o.initiative_id = s.initiative_id and o.indicator_code = s.indicator_code and o.phase = s.phase
   and o.period is not distinct from s.period and o.scope = ''
   and o.source_document = '000_5179656e0f3247f5.txt';

-- Money is in currency codes; the printed units reach them only through declared conversions.
insert into unit_conversion (from_unit, to_unit, factor)
values ('million yuan', 'CNY', 1000000), ('yuan', 'CNY', 1), ('RMB', 'CNY', 1),
       ('billion HK$', 'HKD', 1000000000), ('billion dollars', 'USD', 1000000000)
on conflict (from_unit, to_unit) do update set factor = excluded.factor;

update indicator i
   set unit = m.unit
  from (values ('flood_direct_economic_losses', 'CNY'), ('per_capita_disposable_income', 'CNY'),
               ('patent_navigation_funding', 'CNY'), ('government_subsidies', 'CNY'),
               ('transitional_housing_funding', 'HKD'), ('construction_funding', 'USD'))
       as m (code, unit)
 where i.code = m.code;

update observation o
   set normalized_value = o.value * c.factor, version = o.version + 1, updated_at = now()
  from indicator i
  join unit_conversion c on c.to_unit = i.unit
 where i.code = o.indicator_code and c.from_unit = o.unit
   and i.code in ('flood_direct_economic_losses', 'per_capita_disposable_income', 'patent_navigation_funding',
                  'government_subsidies', 'transitional_housing_funding', 'construction_funding');

-- The rollup rows and outcome pairs of what changed, recomputed as the ingest does.
delete from observation_rollup
 where indicator_code in ('flood_direct_economic_losses', 'per_capita_disposable_income', 'patent_navigation_funding',
                          'government_subsidies', 'transitional_housing_funding', 'construction_funding',
                          'annual_newborns_city', 'households_in_subdivided_units', 'people_in_subdivided_units',
                          'inhabitants_surrounding_area');
insert into observation_rollup (indicator_code, initiative_id, phase, year, unit, observations, with_value,
    total, minimum, maximum)
select o.indicator_code, o.initiative_id, o.phase, extract(year from o.period_start)::integer, i.unit,
       count(*), count(o.normalized_value), sum(o.normalized_value), min(o.normalized_value), max(o.normalized_value)
  from observation o join indicator i on i.code = o.indicator_code
 where o.indicator_code in ('flood_direct_economic_losses', 'per_capita_disposable_income', 'patent_navigation_funding',
                            'government_subsidies', 'transitional_housing_funding', 'construction_funding',
                            'annual_newborns_city', 'households_in_subdivided_units', 'people_in_subdivided_units',
                            'inhabitants_surrounding_area')
 group by 1, 2, 3, 4, 5;

select refresh_outcomes(null, null);
