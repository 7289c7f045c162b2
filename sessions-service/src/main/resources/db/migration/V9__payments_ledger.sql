-- The payments ledger (issue 15): what each person is owed for their time and costs, from the estimate made when
-- attendance is recorded to the day it is paid. Finance must keep these rows, so erasure keeps the lines and
-- replaces the person with their payee pseudonym.

-- One random pseudonym per person ("P-" and 8 hex digits). participant_id becomes null on erasure; the pseudonym
-- stays, so an erased person's lines still add up together.
create table payee (
    pseudonym       varchar(10) primary key check (pseudonym ~ '^P-[0-9a-f]{8}$'),
    participant_id  uuid unique
);

create table payment_line (
    id                 uuid primary key,
    session_id         uuid          not null references work_session (id),
    project_id         uuid          not null references project (id),
    participant_id     uuid,
    payee              varchar(10)   not null references payee (pseudonym),
    item               varchar(20)   not null
        check (item in ('TIME', 'TRAVEL', 'CHILDCARE', 'CARE_COVER', 'MEALS', 'INTERPRETER', 'OTHER')),
    from_estimate      boolean       not null,
    description        varchar(500),
    status             varchar(20)   not null
        check (status in ('ESTIMATED', 'CLAIMED', 'APPROVED', 'PAID', 'DECLINED')),
    currency           varchar(3)    not null,
    estimated          numeric(12,2) not null check (estimated > 0),
    claimed            numeric(12,2) check (claimed > 0),
    receipt_reference  varchar(100),
    paid_as            varchar(10)   not null check (paid_as in ('MONEY', 'VOUCHERS')),
    paid_on            date,
    payment_reference  varchar(100),
    decline_reason     varchar(500),
    benefits_warning   varchar(20)   check (benefits_warning in ('ACKNOWLEDGED')),
    claimed_at         timestamptz,
    approved_at        timestamptz,
    created_at         timestamptz   not null,
    version            bigint        not null,
    -- A line past ESTIMATED was claimed, a paid one has its day.
    check (status in ('ESTIMATED', 'DECLINED') or (claimed is not null and claimed_at is not null)),
    check (status <> 'PAID' or paid_on is not null)
);
-- Recording attendance again never makes a second estimate line for the same session, person and item.
create unique index payment_line_estimate_uq on payment_line (session_id, participant_id, item) where from_estimate;
create index payment_line_participant_idx on payment_line (participant_id, item, status);
create index payment_line_status_idx on payment_line (status, created_at, id);
create index payment_line_project_idx on payment_line (project_id, created_at);

-- Each step a line took, in order. by_participant_id is the person who took it (null when a service did, when the
-- caller's token names no participant, or once that person was erased).
create table payment_line_history (
    payment_line_id    uuid         not null references payment_line (id) on delete cascade,
    position           int          not null,
    status             varchar(20)  not null,
    at                 timestamptz  not null,
    by_participant_id  uuid,
    by_service         boolean      not null,
    primary key (payment_line_id, position)
);
create index payment_line_history_by_idx on payment_line_history (by_participant_id);
