-- Two small vectors beside the full one, because a long description's vector is TOASTed and reading
-- thousands of them made a search for a very common word cost hundreds of milliseconds:
--   match_vector: the full vector without positions (small enough to stay in the row); GIN-indexed,
--                 it decides what matches, also when the planner scans rows for a very common word;
--   head_vector:  title, summary, city and tags with positions and weights; ranking reads it.
-- search_vector keeps positions for the rare phrase query, which is checked against it as well.
alter table initiative add column head_vector tsvector, add column match_vector tsvector;
alter table initiative alter column match_vector set storage main;

create or replace function initiative_search_vector() returns trigger language plpgsql as $$
declare
    city_text text;
begin
    select coalesce(c.name, '') || ' ' || coalesce(c.country, '') into city_text from city c where c.id = new.city_id;
    new.head_vector :=
        setweight(to_tsvector('catalog_search', coalesce(new.title, '')), 'A') ||
        setweight(to_tsvector('catalog_search', coalesce(new.summary, '') || ' ' || coalesce(city_text, '')
            || ' ' || array_to_string(new.tags, ' ')), 'B');
    new.search_vector := new.head_vector || setweight(jsonb_to_tsvector('catalog_search', new.sections, '["string"]'), 'C');
    new.match_vector := strip(new.search_vector);
    return new;
end;
$$;

update initiative set title = title;

drop index initiative_search_idx;
create index initiative_match_idx on initiative using gin (match_vector);
