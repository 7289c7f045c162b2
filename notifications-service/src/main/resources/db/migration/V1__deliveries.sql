-- Digest runs: one row per "who is due now?" pass (scheduled or started by ops).
create table digest_run (
    id          uuid primary key,
    status      varchar(20)  not null,
    forced      boolean      not null,
    trigger     varchar(20)  not null,
    error       varchar(500),
    created_at  timestamptz  not null,
    started_at  timestamptz,
    finished_at timestamptz,
    version     bigint       not null
);

-- Immediate notices (session cancelled or moved, ...). The idempotency key makes a retried POST harmless.
create table notice (
    id              uuid primary key,
    idempotency_key varchar(200) unique,
    kind            varchar(30)  not null,
    subject         varchar(200) not null,
    body            text         not null,
    session_id      uuid,
    created_at      timestamptz  not null,
    version         bigint       not null
);

-- The delivery log and the work queue in one: one row per person per period (digest) or per notice.
-- The unique key is what makes "at most once per person per period" hold across instances.
create table delivery (
    id              uuid primary key,
    participant_id  uuid         not null,
    kind            varchar(10)  not null,
    period_key      varchar(60)  not null,
    period_date     date,
    status          varchar(10)  not null,
    attempts        int          not null,
    next_attempt_at timestamptz  not null,
    lease_until     timestamptz,
    last_error      varchar(500),
    content_since   timestamptz,
    content_until   timestamptz,
    run_id          uuid references digest_run (id),
    notice_id       uuid references notice (id),
    sent_at         timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null,
    constraint delivery_once_per_period unique (participant_id, period_key)
);

-- Claiming scans only work that is waiting or whose claim has lapsed.
create index delivery_claimable on delivery (next_attempt_at) where status in ('PENDING', 'CLAIMED', 'SENDING');
create index delivery_by_run on delivery (run_id, status);
create index delivery_by_notice on delivery (notice_id);
create index delivery_by_participant on delivery (participant_id, kind, created_at);
create index delivery_by_status on delivery (status, created_at);
