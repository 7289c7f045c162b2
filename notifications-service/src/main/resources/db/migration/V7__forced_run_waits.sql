-- A forced run that could not reach participants-service waits, like ordinary work, and is planned again by the
-- retry job once it answers: it keeps whom it was asked for (null: everyone). Its digests are keyed by the run, so
-- planning it again never makes a second digest for anyone it had already reached.
alter table digest_run add column requested_ids text;
alter table digest_run add column replan boolean not null default false;
