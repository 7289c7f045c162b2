-- Invitees answer their invitations (issue 11). One row per invitee who has answered; no row means PENDING.
-- The row belongs to the invitation: removing the invitee (a change of invitees, or erasure) removes the answer.
create table session_answer (
    session_id      uuid         not null,
    participant_id  uuid         not null,
    answer          varchar(16)  not null,
    reason          varchar(500),
    answered_at     timestamptz  not null,
    primary key (session_id, participant_id),
    constraint session_answer_invitation_fk foreign key (session_id, participant_id)
        references session_invitee (session_id, participant_id) on delete cascade,
    constraint session_answer_given check (answer in ('COMING', 'NOT_COMING'))
);
create index session_answer_participant_idx on session_answer (participant_id);
