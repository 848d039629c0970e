-- Ranking on title, tags and city only: with the summary in it, the rank vector was compressed
-- out of line and ts_rank over a few hundred candidates cost more than the rest of a search.
-- The summary still counts for matching, through the full vector (weight B).
create or replace function initiative_search_vector() returns trigger language plpgsql as $$
declare
    city_text text;
    title_vector tsvector;
    context_vector tsvector;
begin
    select coalesce(c.name, '') || ' ' || coalesce(c.country, '') into city_text from city c where c.id = new.city_id;
    title_vector := setweight(to_tsvector('catalog_search', coalesce(new.title, '')), 'A');
    context_vector := setweight(to_tsvector('catalog_search', coalesce(city_text, '') || ' ' || array_to_string(new.tags, ' ')), 'B');
    new.head_vector := title_vector || context_vector;
    new.search_vector := title_vector
        || setweight(to_tsvector('catalog_search', coalesce(new.summary, '')), 'B') || context_vector
        || setweight(jsonb_to_tsvector('catalog_search', new.sections, '["string"]'), 'C');
    new.match_vector := strip(new.search_vector);
    return new;
end;
$$;

update initiative i set head_vector =
    setweight(to_tsvector('catalog_search', coalesce(i.title, '')), 'A') ||
    setweight(to_tsvector('catalog_search', coalesce(c.name, '') || ' ' || coalesce(c.country, '') || ' '
        || array_to_string(i.tags, ' ')), 'B')
from city c where c.id = i.city_id;
