-- Issue 15. Interpreters booked for a session, per language ("bfi" for British Sign Language), with what they cost
-- and the agency's reference. They name no person: nothing here is in an export or touched by erasure.
create table interpreter_booking (
    session_id  uuid           not null references work_session (id) on delete cascade,
    language    varchar(8)     not null,
    booked      boolean        not null,
    cost        numeric(12, 2),
    reference   varchar(100),
    updated_at  timestamptz    not null,
    version     bigint         not null,
    primary key (session_id, language),
    constraint interpreter_booking_cost_positive check (cost is null or cost > 0)
);
