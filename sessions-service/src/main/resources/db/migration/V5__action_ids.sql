-- Issue 13. Actions get a stable id (a PATCH marks one done; a re-recorded summary keeps the ids it names) and the
-- time they were marked done (digests show an action once as done). Existing actions get an id now.
alter table session_action add column id uuid;
update session_action set id = gen_random_uuid();
alter table session_action alter column id set not null;
-- Deferred: rewriting a summary moves actions between positions, so two rows may hold one id for a moment.
alter table session_action add constraint session_action_id_key unique (id) deferrable initially deferred;
alter table session_action add column done_at timestamptz;
create index session_action_done_at_idx on session_action (done_at) where done;
