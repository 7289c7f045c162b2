-- Letters and call sheets (issue 13): a delivery to someone who asked for post or a phone call is not emailed; it
-- becomes READY holding its document, and a coordinator marks it POSTED or CALLED. Personal data (their name, address,
-- phone number and what was said): in their export, deleted on erasure and by the retention job.
create table delivery_document (
    delivery_id    uuid         primary key references delivery (id),
    participant_id uuid         not null,
    kind           varchar(12)  not null,
    media_type     varchar(40)  not null,
    file_name      varchar(100) not null,
    content        bytea        not null,
    html           text         not null,
    created_at     timestamptz  not null
);
create index delivery_document_by_participant on delivery_document (participant_id);
create index delivery_document_by_created on delivery_document (created_at);
