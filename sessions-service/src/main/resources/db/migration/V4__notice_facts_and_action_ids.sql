-- Issue 13. Session notices carry facts, not English sentences: notifications-service writes each reader's notice
-- in their language. New rows hold the facts as JSON (session, previous) and the reason; rows stored before this
-- keep their subject and body and are sent as they are.
alter table notice_outbox alter column subject drop not null;
alter table notice_outbox alter column body drop not null;
alter table notice_outbox add column session_facts text;
alter table notice_outbox add column previous_facts text;
alter table notice_outbox add column reason varchar(1000);
