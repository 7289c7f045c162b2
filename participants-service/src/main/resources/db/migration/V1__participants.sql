-- Participants and what they need to take part. Needs and money live only here.
CREATE TABLE participant (
    id                     uuid PRIMARY KEY,
    name                   varchar(200)  NOT NULL,
    preferred_name         varchar(100),
    pronouns               varchar(50),
    email                  varchar(320)  NOT NULL,
    phone                  varchar(40),
    role                   varchar(30)   NOT NULL,
    organisation           varchar(200),
    time_zone              varchar(64)   NOT NULL,
    status                 varchar(20)   NOT NULL,
    access_needs           varchar(40)[] NOT NULL DEFAULT '{}',
    access_notes           varchar(2000),
    payment_for_time       varchar(20)   NOT NULL,
    travel                 boolean       NOT NULL DEFAULT false,
    childcare              boolean       NOT NULL DEFAULT false,
    care_cover             boolean       NOT NULL DEFAULT false,
    meals                  boolean       NOT NULL DEFAULT false,
    dietary_requirements   varchar(500),
    preferred_language     varchar(35)   NOT NULL,
    interpretation         varchar(35),
    plain_language         boolean       NOT NULL DEFAULT false,
    channel                varchar(10)   NOT NULL,
    digest_frequency       varchar(15)   NOT NULL,
    digest_day             varchar(10)   NOT NULL,
    digest_format          varchar(15)   NOT NULL,
    weekly_availability    jsonb         NOT NULL DEFAULT '[]',
    absences               jsonb         NOT NULL DEFAULT '[]',
    max_sessions_per_month integer CHECK (max_sessions_per_month >= 0),
    min_notice_days        integer       NOT NULL DEFAULT 0 CHECK (min_notice_days >= 0),
    training_interests     varchar(60)[] NOT NULL DEFAULT '{}',
    support_preference     varchar(20)   NOT NULL,
    -- A mentor is another participant; erasing the mentor leaves the mentee without one.
    mentor_id              uuid REFERENCES participant (id) ON DELETE SET NULL,
    consent_given_at       timestamptz   NOT NULL,
    consent_version        varchar(40)   NOT NULL,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    version                bigint        NOT NULL DEFAULT 0,
    CONSTRAINT participant_not_own_mentor CHECK (mentor_id IS NULL OR mentor_id <> id)
);

-- One registration per email address, whatever its case.
CREATE UNIQUE INDEX participant_email_unique ON participant (lower(email));
CREATE INDEX participant_name_idx ON participant (lower(name), id);
CREATE INDEX participant_status_idx ON participant (status);
CREATE INDEX participant_role_idx ON participant (role);
CREATE INDEX participant_access_needs_idx ON participant USING gin (access_needs);
CREATE INDEX participant_mentor_idx ON participant (mentor_id);
