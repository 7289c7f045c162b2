-- A run is alive while its instance keeps extending this (each batch it plans or sends). A run left RUNNING or
-- QUEUED past it belonged to an instance that stopped: the retry job closes it, and sends what it left waiting.
alter table digest_run add column alive_until timestamptz;
