-- Emails sent (notifications): one row per message, keyed by what caused it (e.g. 'STATE_CHANGED:<change id>'),
-- written in the same transaction that sends it, so a retried or resubmitted event never sends one message twice.
-- Nothing personal: no address, no name, no content.
create table sent_message (
    message_key varchar(120) not null primary key,
    kind        varchar(40)  not null,
    sent_at     timestamp with time zone not null
);
