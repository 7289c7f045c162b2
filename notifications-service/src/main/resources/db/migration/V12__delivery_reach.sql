-- How digests reached people (issue 15, POST /deliveries/summary): when a letter or call sheet was made ready (its
-- document is deleted by the retention job, so its time is kept here), and the language and format each digest was
-- written in, with whether that is what the person asked for. Names no one beyond the delivery row itself.
alter table delivery add column ready_at timestamptz;
alter table delivery add column rendered_language varchar(12);
alter table delivery add column rendered_format varchar(20);
alter table delivery add column as_asked boolean;
-- The summary reads digests by their due time (content_until) for up to 1000 people.
create index delivery_digest_due on delivery (participant_id, content_until) where kind = 'DIGEST';
