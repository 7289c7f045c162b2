-- The W3C traceparent of the request that queued a notice's delivery, so the delivery's span continues the trace
-- that began with (say) a coordinator cancelling a session in sessions-service. Ids only: no personal data.
alter table delivery add column traceparent varchar(128);
