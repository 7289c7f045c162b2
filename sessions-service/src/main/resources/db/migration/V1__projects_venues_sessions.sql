-- sessions-service schema. Participants live in participants-service: only their ids are kept here.

create table project (
    id          uuid primary key,
    name        varchar(200)  not null,
    purpose     varchar(4000),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null
);

create table project_member (
    project_id      uuid not null references project (id) on delete cascade,
    participant_id  uuid not null,
    primary key (project_id, participant_id)
);
-- Agendas and fairness look members up by person for many people at once.
create index project_member_participant_idx on project_member (participant_id);

create table project_update (
    id          uuid primary key,
    project_id  uuid          not null references project (id) on delete cascade,
    title       varchar(200)  not null,
    body        text          not null,
    posted_at   timestamptz   not null,
    version     bigint        not null
);
create index project_update_posted_idx on project_update (project_id, posted_at);

create table venue (
    id          uuid primary key,
    name        varchar(200)  not null,
    address     varchar(1000),
    format      varchar(20)   not null,
    created_at  timestamptz   not null,
    version     bigint        not null
);

create table venue_feature (
    venue_id  uuid        not null references venue (id) on delete cascade,
    feature   varchar(40) not null,
    primary key (venue_id, feature)
);

create table work_session (
    id                      uuid primary key,
    project_id              uuid          not null references project (id),
    title                   varchar(200)  not null,
    purpose                 varchar(4000),
    type                    varchar(20)   not null,
    format                  varchar(20)   not null,
    venue_id                uuid references venue (id),
    joining_link            varchar(2000),
    start_at                timestamptz   not null,
    end_at                  timestamptz   not null,
    time_zone               varchar(64)   not null,
    status                  varchar(20)   not null,
    cancel_reason           varchar(1000),
    cancelled_at            timestamptz,
    captions                boolean       not null,
    large_print_materials   boolean       not null,
    easy_read_materials     boolean       not null,
    breaks                  boolean       not null,
    summary                 text,
    summary_recorded_at     timestamptz,
    attendance_recorded_at  timestamptz,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null,
    constraint work_session_ends_after_start check (end_at > start_at)
);
create index work_session_start_idx on work_session (start_at);
create index work_session_project_idx on work_session (project_id, start_at);
create index work_session_summary_idx on work_session (summary_recorded_at);

create table session_invitee (
    session_id      uuid not null references work_session (id) on delete cascade,
    participant_id  uuid not null,
    primary key (session_id, participant_id)
);
create index session_invitee_participant_idx on session_invitee (participant_id);

create table session_interpretation (
    session_id  uuid        not null references work_session (id) on delete cascade,
    language    varchar(16) not null,
    primary key (session_id, language)
);

create table session_decision (
    session_id  uuid    not null references work_session (id) on delete cascade,
    position    integer not null,
    decision    varchar(2000) not null,
    primary key (session_id, position)
);

create table session_action (
    session_id   uuid          not null references work_session (id) on delete cascade,
    position     integer       not null,
    description  varchar(1000) not null,
    owner_id     uuid          not null,
    due          date,
    done         boolean       not null,
    primary key (session_id, position)
);
create index session_action_open_owner_idx on session_action (owner_id) where not done;

create table session_attendee (
    session_id      uuid not null references work_session (id) on delete cascade,
    participant_id  uuid not null,
    primary key (session_id, participant_id)
);
create index session_attendee_participant_idx on session_attendee (participant_id);

-- Notices for notifications-service, written in the same transaction as the change they announce and
-- sent by a scheduled job, so a notice is never lost and the coordinator never waits for the other service.
create table notice_outbox (
    id               uuid primary key,
    kind             varchar(32)   not null,
    subject          varchar(300)  not null,
    body             text          not null,
    session_id       uuid,
    status           varchar(16)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(500),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    version          bigint        not null
);
create index notice_outbox_due_idx on notice_outbox (next_attempt_at) where status = 'PENDING';

create table notice_recipient (
    notice_id       uuid not null references notice_outbox (id) on delete cascade,
    participant_id  uuid not null,
    primary key (notice_id, participant_id)
);
