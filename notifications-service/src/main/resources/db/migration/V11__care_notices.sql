-- Issue 14: check-ins, coordinators' summaries, follow-up offers and mentor pairings are written for each reader from
-- facts kept with the notice (JSON, notice/CareFactsJson), so a retry sends the same words.
alter table notice add column care_facts text;
