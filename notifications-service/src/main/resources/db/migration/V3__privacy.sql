-- Privacy (issue 10): erasure, export, email confirmations and retention of the delivery log's personal parts.

-- Keyed hashes (platform Tombstones) of erased participants: their old tokens are refused until keep_until; a
-- scheduled job deletes expired rows. Never the id itself.
create table erased_participant (
    tombstone  varchar(64) primary key,
    keep_until timestamptz not null
);

-- EMAIL_CONFIRMATION is longer than the first kinds.
alter table delivery alter column kind type varchar(20);
-- The subject line as sent (shown in the person's export; cleared with the other personal parts after the
-- retention period). Never the body.
alter table delivery add column subject varchar(200);

-- What a confirmation mail needs until it is sent: the new address and the link's token. Deleted in the
-- transaction that records the mail as sent, at erasure, and by the retention job: the delivery log keeps no address.
create table email_confirmation (
    delivery_id    uuid primary key references delivery (id) on delete cascade,
    participant_id uuid         not null,
    address        varchar(320) not null,
    token          varchar(200) not null,
    language       varchar(35),
    created_at     timestamptz  not null
);
create index email_confirmation_by_participant on email_confirmation (participant_id);
-- The retention job clears personal parts of final deliveries older than the retention period.
create index delivery_by_updated on delivery (updated_at) where last_error is not null or subject is not null;
