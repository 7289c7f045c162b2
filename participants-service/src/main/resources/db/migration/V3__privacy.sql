-- Privacy: consent recorded by the service, withdrawal of parts, the audit of needs and money, pending email
-- changes, the erasure outbox and tombstones of erased participants.

-- What the person has withdrawn consent for: those parts are cleared and stay empty until consent is given again.
ALTER TABLE participant ADD COLUMN access_needs_withdrawn boolean NOT NULL DEFAULT false;
ALTER TABLE participant ADD COLUMN financial_support_withdrawn boolean NOT NULL DEFAULT false;
-- A participant asks for a mentor; only a coordinator names one.
ALTER TABLE participant ADD COLUMN wants_mentor boolean NOT NULL DEFAULT false;

-- Every consent given or withdrawn, as the service recorded it (server time, configured notice version).
-- Goes with the person when they are erased.
CREATE TABLE consent_event (
    id             uuid PRIMARY KEY,
    participant_id uuid        NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    action         varchar(20) NOT NULL,
    part           varchar(30) NOT NULL,
    version        varchar(40) NOT NULL,
    recorded_at    timestamptz NOT NULL
);
CREATE INDEX consent_event_participant_idx ON consent_event (participant_id, recorded_at);

-- A participant's own change of email address waits here until they confirm the link sent to the new address.
-- Only a hash of the token is kept. One pending change per person: a newer one replaces it.
CREATE TABLE email_change (
    participant_id uuid PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
    address        varchar(320) NOT NULL,
    token_hash     varchar(64)  NOT NULL,
    expires_at     timestamptz  NOT NULL,
    created_at     timestamptz  NOT NULL
);

-- Who read or changed a person's access needs or financial support, and when; never the values.
-- When the person is erased, participant_id (and actor, if they acted themself) become the keyed-hash pseudonym.
CREATE TABLE audit_entry (
    id             bigserial PRIMARY KEY,
    participant_id uuid,
    pseudonym      varchar(64),
    actor          varchar(200) NOT NULL,
    actor_role     varchar(20)  NOT NULL,
    action         varchar(10)  NOT NULL,
    part           varchar(30)  NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    CONSTRAINT audit_entry_names_someone CHECK (participant_id IS NOT NULL OR pseudonym IS NOT NULL)
);
CREATE INDEX audit_entry_participant_idx ON audit_entry (participant_id, occurred_at, id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);
CREATE INDEX audit_entry_at_idx ON audit_entry (occurred_at);

-- Erasures still to be carried to another service; the row (and with it the id) goes once the target answered 204.
CREATE TABLE erasure_outbox (
    id              uuid PRIMARY KEY,
    participant_id  uuid        NOT NULL,
    target          varchar(20) NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT erasure_outbox_once UNIQUE (participant_id, target)
);
CREATE INDEX erasure_outbox_due_idx ON erasure_outbox (next_attempt_at);

-- Keyed hashes of erased participants' ids (platform Tombstones), so their old tokens are refused until they expire.
CREATE TABLE erased_participant (
    tombstone  varchar(64) PRIMARY KEY,
    keep_until timestamptz NOT NULL
);
CREATE INDEX erased_participant_keep_idx ON erased_participant (keep_until);
