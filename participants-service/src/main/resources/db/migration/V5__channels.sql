-- Every channel honoured (issue 13): people without an email address can take part by post or phone.
-- Email is needed only when the channel is EMAIL (checked by the service, which names the field). The unique index
-- on lower(email) stays: PostgreSQL treats NULLs as distinct, so any number of people may have no email.
ALTER TABLE participant ALTER COLUMN email DROP NOT NULL;

-- Where letters go when the channel is POST: 1 to 6 lines above the postcode. Personal data like the rest of the
-- row: in the person's export, audited as CONTACT_DETAILS, and deleted with the row on erasure.
ALTER TABLE participant ADD COLUMN postal_lines varchar(100)[];
ALTER TABLE participant ADD COLUMN postcode varchar(12);
ALTER TABLE participant ADD CONSTRAINT participant_postal_address_whole
    CHECK ((postal_lines IS NULL) = (postcode IS NULL));
