-- The W3C traceparent of the request that confirmed the pairing, so the worker's MENTOR_PAIRED notice (and its
-- delivery in notifications-service) continues that request's trace. Ids only: no personal data.
alter table mentor_pairing_outbox add column traceparent varchar(128);
