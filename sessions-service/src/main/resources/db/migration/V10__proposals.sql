-- Proposals and shared decisions (issue 15): something put to a project's members, their answers, and the outcome
-- recorded once when it closes.

create table proposal (
    id                          uuid primary key,
    project_id                  uuid         not null references project (id) on delete cascade,
    title                       varchar(200) not null,
    text                        text         not null,
    -- Who put it; null for a coordinator whose token names no participant, and after erasure.
    proposed_by                 uuid,
    created_at                  timestamptz  not null,
    closes_at                   timestamptz  not null,
    status                      varchar(16)  not null,
    -- The outcome, written once under the row's lock with the counts and shares it was decided on.
    result                      varchar(32),
    decided_at                  timestamptz,
    outcome_agree               integer,
    outcome_concerns            integer,
    outcome_object              integer,
    outcome_objections_standing integer,
    outcome_answered            integer,
    outcome_members             integer,
    lived_experience_share      numeric(3, 2),
    professional_share          numeric(3, 2),
    version                     bigint       not null default 0,
    constraint proposal_outcome_whole check ((status = 'OPEN') = (result is null) and (result is null) = (decided_at is null))
);
create index proposal_project_idx on proposal (project_id, created_at desc);
-- The closing job looks only at open proposals past their closing time.
create index proposal_open_idx on proposal (closes_at) where status = 'OPEN';
-- The digest's "decided together" looks at recent outcomes.
create index proposal_decided_idx on proposal (decided_at) where status = 'CLOSED';
create index proposal_proposed_by_idx on proposal (proposed_by);

-- One answer per member and proposal; after erasure the answer stays as an anonymous count under the nil UUID, so
-- the uniqueness leaves erased answers out.
create table proposal_answer (
    id                  uuid primary key,
    proposal_id         uuid        not null references proposal (id) on delete cascade,
    participant_id      uuid        not null,
    answer              varchar(16) not null,
    comment             text,
    answered_at         timestamptz not null,
    by_coordinator      boolean     not null default false,
    role                varchar(32),
    objection_response  text,
    responded_at        timestamptz,
    withdrawn_at        timestamptz
);
create unique index proposal_answer_member_idx on proposal_answer (proposal_id, participant_id)
    where participant_id <> '00000000-0000-0000-0000-000000000000';
create index proposal_answer_participant_idx on proposal_answer (participant_id);
