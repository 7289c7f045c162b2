-- Issue 14. Sessions on sensitive topics (a content note, a wellbeing contact, a quiet space, a follow-up for each
-- attendee), training topics from the one fixed vocabulary, and whether a session is offered in a group or one to one.
alter table work_session add column content_note text;
alter table work_session add column wellbeing_contact_id uuid;
alter table work_session add column quiet_space boolean not null default false;
alter table work_session add column style varchar(20) not null default 'GROUP';
-- A MENTORING session held as the follow-up of a sensitive one.
alter table work_session add column follow_up_of uuid references work_session (id) on delete set null;
-- Erasure finds the sessions where someone was the wellbeing contact.
create index work_session_wellbeing_contact_idx on work_session (wellbeing_contact_id)
    where wellbeing_contact_id is not null;
create index work_session_follow_up_of_idx on work_session (follow_up_of) where follow_up_of is not null;

create table session_training_topic (
    session_id  uuid        not null references work_session (id) on delete cascade,
    topic       varchar(40) not null,
    primary key (session_id, topic)
);

-- One follow-up offer per attendee of a sensitive session: offered, then arranged (a MENTORING session with
-- follow_up_of) or declined.
create table follow_up (
    session_id            uuid        not null references work_session (id) on delete cascade,
    participant_id        uuid        not null,
    offered_at            timestamptz not null,
    due_by                timestamptz not null,
    status                varchar(16) not null,
    mentoring_session_id  uuid references work_session (id) on delete set null,
    declined_at           timestamptz,
    version               bigint      not null,
    primary key (session_id, participant_id)
);
-- Export and erasure look follow-ups up by person.
create index follow_up_participant_idx on follow_up (participant_id);

-- A FOLLOW_UP_OFFER notice carries its follow-up facts (due by, mentor, wellbeing contact) as JSON.
alter table notice_outbox add column follow_up_facts text;
