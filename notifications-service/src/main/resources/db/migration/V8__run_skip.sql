-- Whom a run asked for by name left out, and why (paused, withdrawn, no digests, unsubscribed, not due yet, not
-- registered), so a run answers "skipped 1: participant is PAUSED" instead of "due 0, skipped 0". Erased with the
-- person; in their export.
create table run_skip (
    run_id          uuid         not null references digest_run (id),
    participant_id  uuid         not null,
    reason          varchar(200) not null,
    primary key (run_id, participant_id)
);
create index run_skip_by_participant on run_skip (participant_id);
