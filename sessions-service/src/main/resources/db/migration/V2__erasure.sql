-- Erasure (issue 10). When participants-service erases a person it asks this service (POST /erasures) to drop
-- everything naming them: memberships, invitations, attendance and notice recipients go; an action they owned is
-- kept for everyone else with no owner.
alter table session_action alter column owner_id drop not null;

-- A keyed hash (HMAC-SHA256, platform Tombstones) of each erased participant's id, never the id itself: enough to
-- refuse that person's old tokens until the longest one could have expired (keep_until), then deleted by a job.
create table erased_participant (
    tombstone   varchar(64) primary key,
    keep_until  timestamptz not null
);
create index erased_participant_keep_until_idx on erased_participant (keep_until);
