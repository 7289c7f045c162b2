-- Issue 12: an Idempotency-Key reused with a different notice is refused (422) instead of answering with the first
-- notice. The SHA-256 (hex) of what was asked (kind, subject, body, session, people) is kept with the key; notices
-- stored before this have none and keep answering as before. (5_1, not 5: another change of this issue may take 5.)
alter table notice add column request_hash varchar(64);
