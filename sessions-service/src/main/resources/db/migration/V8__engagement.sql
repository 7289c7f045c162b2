-- Keeping people involved (issue 14): who coordinates each project, and what the weekly engagement job has sent.

-- A project's coordinators (participant ids, role COORDINATOR in participants-service): they hear the weekly
-- engagement summary. Erasure removes a person from here.
create table project_coordinator (
    project_id      uuid not null references project (id) on delete cascade,
    participant_id  uuid not null,
    primary key (project_id, participant_id)
);
create index project_coordinator_participant_idx on project_coordinator (participant_id);

-- One engagement summary per project and ISO week ("2026-W48"): the row is written in the same transaction as the
-- outbox notice, so a second run in the week finds it and sends nothing, and a crash loses neither.
create table engagement_summary_sent (
    project_id  uuid        not null references project (id) on delete cascade,
    week        varchar(8)  not null,
    sent_at     timestamptz not null,
    primary key (project_id, week)
);

-- Check-ins sent to people who seem to be drifting away, at most one per sessions.engagement.check-in-every
-- whatever their projects. The project is the one that found them drifting (null once that project is gone).
-- Personal data: in the person's export, deleted on erasure.
create table engagement_check_in (
    id              uuid primary key,
    participant_id  uuid        not null,
    sent_at         timestamptz not null,
    project_id      uuid references project (id) on delete set null
);
create index engagement_check_in_participant_idx on engagement_check_in (participant_id, sent_at);

-- An ENGAGEMENT_SUMMARY notice carries its facts (project, and who is drifting and why) as JSON.
alter table notice_outbox add column engagement_facts text;
