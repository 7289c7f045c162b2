-- A person's private benefits limit (issue 15): that payments for time may affect their benefits, and a limit they
-- want to stay under in each week or monthly assessment period. Its own table, so no read of the participant's record
-- (list, lookup) can carry it; it leaves this service only to the person and coordinators (sessions-service asks
-- benefits-check for yes or no). Personal data: in the person's export, deleted with the row on erasure.
CREATE TABLE benefits_limit (
    participant_id               uuid PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
    payments_may_affect_benefits boolean       NOT NULL,
    limit_amount                 numeric(8, 2),
    period                       varchar(10),
    -- The week's first day (a day name) for WEEK; the month's first day 1..31 for MONTH (past the month's end: its
    -- last day).
    week_starts_on               varchar(10),
    month_starts_on              integer,
    notes                        varchar(500),
    updated_at                   timestamptz   NOT NULL,
    version                      bigint        NOT NULL,
    CONSTRAINT benefits_limit_amount CHECK (limit_amount > 0 AND limit_amount <= 100000),
    CONSTRAINT benefits_limit_with_period CHECK ((limit_amount IS NULL) = (period IS NULL)),
    CONSTRAINT benefits_limit_start CHECK (
        (period IS NULL AND week_starts_on IS NULL AND month_starts_on IS NULL)
        OR (period = 'WEEK' AND week_starts_on IS NOT NULL AND month_starts_on IS NULL)
        OR (period = 'MONTH' AND month_starts_on BETWEEN 1 AND 31 AND week_starts_on IS NULL))
);
