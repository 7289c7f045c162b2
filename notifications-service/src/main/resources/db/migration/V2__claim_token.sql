-- Which claim owns a delivery: every state change after claiming checks it, so an instance whose lease
-- lapsed (and whose work another instance took back) can no longer send or record that work.
alter table delivery add column claim_token uuid;
