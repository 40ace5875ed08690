-- Issue 17: the requester answers on the tracking page (reply, another identity document, withdrawal, a review).
--
-- What the requester wrote (a reply, the reasons for a review) is personal data: encrypted at rest like the
-- requester columns (V1), erased with them after the retention period (DPA 2018 s.39).
create table requester_reply (
    id          uuid        not null primary key,
    request_id  uuid        not null references footage_request (id),
    received_at timestamp with time zone not null,
    kind        varchar(16) not null,
    text        ${binary}
);

create index requester_reply_request on requester_reply (request_id, received_at);

-- A document sent after filing: when it arrived, and the reply it came with (both null for the filing's own).
alter table identity_document add column received_at timestamp with time zone;
alter table identity_document add column reply_id uuid;

-- s.54(3C), s.54(3)(b): an answer to our question arrived on this London date and waits for a caseworker to
-- confirm it answers the question (or to ask a new one).
alter table footage_request add column answer_received_on date;
alter table footage_request add column answer_to varchar(16);

-- An internal review: when it was asked for, and who made the decision under review (they may not decide it).
alter table footage_request add column review_asked_at timestamp with time zone;
alter table footage_request add column review_of_decided_by varchar(64);
alter table footage_request add column review_of_signed_off_by varchar(64);
