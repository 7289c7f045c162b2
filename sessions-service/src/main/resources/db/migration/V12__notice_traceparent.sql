-- The W3C traceparent of the request that queued the notice, so the dispatcher's span (and its call to
-- notifications-service) continues that request's trace. Ids only: no personal data.
alter table notice_outbox add column traceparent varchar(128);
