-- Digests without duplicates (issue 13).
-- A forced run counts as the period's digest unless the run says otherwise; kept so a run planned again after an
-- outage plans the same way.
alter table digest_run add column counts_for_period boolean not null default true;
-- What a digest held, as a hash of its content (or NOTE for the "work goes on" note), so the next digest with
-- nothing new since the last one delivered is skipped, and the note goes out at most once a month. Names no one.
alter table delivery add column content_key varchar(64);
-- The last delivered digest per person is looked up on every digest.
create index delivery_digest_history on delivery (participant_id, kind, status) where kind = 'DIGEST';
