-- Taking a break: a PAUSED participant may have the day their pause ends. From that day, in their own time zone,
-- the record reads as ACTIVE (no job runs: the service computes it on every read, and the next write stores it).
-- Personal data: part of the record, so it is in the person's export and goes with the row when they are erased.
ALTER TABLE participant ADD COLUMN paused_until date;

-- Today's date in a participant's own time zone, for listing by status (a pause that has ended lists as ACTIVE).
-- STABLE, not IMMUTABLE: it depends on the clock.
CREATE FUNCTION participant_today(text) RETURNS date
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    AS $$ SELECT (now() AT TIME ZONE $1)::date $$;
