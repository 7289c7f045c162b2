-- Issue 13. Content in other languages and at a plain reading level. An update or summary names its own language
-- (English unless said) and keeps its versions as a JSON array (at most 10, read and written whole with the item).
-- Updates can be corrected (corrected_at: they reach the next digests again) and withdrawn (kept for the record,
-- never sent again).
alter table project_update add column language varchar(3) not null default 'en';
alter table project_update add column versions text not null default '[]';
alter table project_update add column corrected_at timestamptz;
alter table project_update add column withdrawn_at timestamptz;
create index project_update_corrected_idx on project_update (project_id, corrected_at) where corrected_at is not null;

alter table work_session add column summary_language varchar(3) not null default 'en';
alter table work_session add column summary_versions text not null default '[]';
