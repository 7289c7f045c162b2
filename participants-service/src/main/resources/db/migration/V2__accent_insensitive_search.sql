-- Search by name, preferred name or organisation ignores accents and case: ?q=sian finds "Siân", ?q=llyr "Llŷr".
-- Both extensions are trusted (PostgreSQL 13+), so the database owner may create them without superuser.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- unaccent() is only STABLE (its dictionary could be changed), so it cannot appear in an index; this wrapper
-- names the dictionary and the schema explicitly (no dependence on search_path) and is declared IMMUTABLE,
-- the usual way to index it. Being plain SQL without SET clauses it is inlined into queries.
CREATE FUNCTION participant_search_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- The LIKE pattern for a search text: folded the same way as the columns, then its wildcards escaped so that
-- '%' and '_' are taken literally. Escaping comes after folding because unaccent turns some characters into
-- wildcards (fullwidth '％' becomes '%', '＿' becomes '_', '＼' becomes a backslash).
CREATE FUNCTION participant_search_pattern(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT '%' || replace(replace(replace(participant_search_fold($1), '\', '\\'), '%', '\%'), '_', '\_') || '%' $$;

-- Trigram indexes answer "contains" (LIKE '%...%') searches without reading the whole table.
CREATE INDEX participant_name_search_idx
    ON participant USING gin (participant_search_fold(name) gin_trgm_ops);
CREATE INDEX participant_preferred_name_search_idx
    ON participant USING gin (participant_search_fold(preferred_name) gin_trgm_ops);
CREATE INDEX participant_organisation_search_idx
    ON participant USING gin (participant_search_fold(organisation) gin_trgm_ops);
