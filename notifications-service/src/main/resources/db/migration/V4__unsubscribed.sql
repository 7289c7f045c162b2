-- Issue 11: people who used the one-click unsubscribe link (RFC 8058) of a digest. participants-service does not let
-- this service change a person's digest frequency, so the choice is kept here and the digest planner honours it.
-- Personal data: part of the person's export, deleted at erasure.
create table unsubscribed_participant (
    participant_id  uuid primary key,
    unsubscribed_at timestamptz not null
);
