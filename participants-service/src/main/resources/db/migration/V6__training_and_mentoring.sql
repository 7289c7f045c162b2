-- Training and mentoring matched to people, and noticing who is drifting away (issue 14).
-- Every new column is personal data on the person's row: in their export, and deleted with the row on erasure.

-- The person offers to mentor or buddy someone.
ALTER TABLE participant ADD COLUMN offers_mentoring boolean NOT NULL DEFAULT false;
-- Anything else they would like to learn, in their own words.
ALTER TABLE participant ADD COLUMN training_notes varchar(500);
-- When the standing requests for training / a mentor started (null while there is none): how long they have waited.
ALTER TABLE participant ADD COLUMN training_asked_at timestamptz;
ALTER TABLE participant ADD COLUMN mentor_asked_at timestamptz;
-- The day (UTC midnight) of the person's last visit to the portal; written by the visit alone, never by an edit.
ALTER TABLE participant ADD COLUMN last_portal_visit_at timestamptz;

-- Training interests now come from one fixed vocabulary (TrainingTopic). Words outside it move to the notes, in the
-- order they were given, so nothing anyone asked for is lost; the known ones stay.
UPDATE participant p
SET training_notes = left('Also asked for: ' || array_to_string(ARRAY(
        SELECT t.word FROM unnest(p.training_interests) WITH ORDINALITY AS t(word, n)
        WHERE t.word <> ALL (v.words) ORDER BY t.n), ', '), 500),
    training_interests = ARRAY(
        SELECT t.word FROM unnest(p.training_interests) WITH ORDINALITY AS t(word, n)
        WHERE t.word = ANY (v.words) ORDER BY t.n)::varchar(60)[]
FROM (SELECT ARRAY['CO_PRODUCTION_BASICS', 'FACILITATION', 'CHAIRING_MEETINGS', 'PUBLIC_SPEAKING',
                   'SHARING_LIVED_EXPERIENCE', 'PEER_SUPPORT', 'MENTORING', 'SAFEGUARDING',
                   'TRAUMA_INFORMED_PRACTICE', 'RESEARCH_AND_EVALUATION', 'PLAIN_LANGUAGE_WRITING', 'DIGITAL_SKILLS',
                   'EQUALITY_AND_INCLUSION', 'GOVERNANCE', 'INTERVIEWING_AND_RECRUITMENT']::varchar(60)[] AS words) v
WHERE NOT (p.training_interests <@ v.words);

-- Requests standing today: their last change is the best guess at when they were made.
UPDATE participant SET training_asked_at = updated_at WHERE cardinality(training_interests) > 0;
UPDATE participant SET mentor_asked_at = updated_at WHERE wants_mentor;

CREATE INDEX participant_offers_mentoring_idx ON participant (offers_mentoring) WHERE offers_mentoring;

-- Pairings confirmed by a coordinator, waiting to be told to both people through notifications-service (the row id is
-- the Idempotency-Key); the row goes once notifications-service accepted the notice. Erasing either person deletes
-- their queued pairings with them.
CREATE TABLE mentor_pairing_outbox (
    id              uuid PRIMARY KEY,
    mentee_id       uuid        NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    mentor_id       uuid        NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX mentor_pairing_outbox_due_idx ON mentor_pairing_outbox (next_attempt_at);
CREATE INDEX mentor_pairing_outbox_mentee_idx ON mentor_pairing_outbox (mentee_id);
CREATE INDEX mentor_pairing_outbox_mentor_idx ON mentor_pairing_outbox (mentor_id);
