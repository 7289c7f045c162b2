-- Issue 13: a session notice may carry the session's facts instead of a subject and body; notifications-service
-- writes each reader's subject and message from them, in their language and zone. Old notices keep their text.
alter table notice alter column subject drop not null;
alter table notice alter column body drop not null;
alter table notice add column session_details text;
alter table notice add column previous_details text;
alter table notice add column reason varchar(2000);
