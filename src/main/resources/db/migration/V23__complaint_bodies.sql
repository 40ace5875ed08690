-- Complaint bodies (IOPC, a force's professional standards, monitoring groups) as organisations, managed by
-- administrators; an oversight account belongs to one.
create table complaint_body (
    id         uuid          not null primary key,
    name       varchar(120)  not null,
    created_at timestamp with time zone not null,
    version    bigint        not null,
    constraint complaint_body_name_unique unique (name)
);

alter table staff_account add column complaint_body_id uuid references complaint_body (id);

-- A complaint link is earned: a body proposes it, and it is active only with the requester's consent or a
-- supervisor's approval with a reason; the requester's identity only with the requester's consent to that.
-- linked_by/linked_at now name who proposed it and when the row was first recorded; a row written by a
-- requester's consent alone has no proposer yet. Links made before this change belong to no body and are not
-- active, so nobody sees them until they are proposed again.
alter table complaint_link alter column linked_by drop not null;
alter table complaint_link add column complaint_body_id uuid references complaint_body (id);
alter table complaint_link add column consented_at timestamp with time zone;
alter table complaint_link add column identity_shared boolean not null default false;
alter table complaint_link add column approved_by varchar(64);
alter table complaint_link add column approved_at timestamp with time zone;
alter table complaint_link add column approval_reason varchar(1000);
alter table complaint_link add column closed_by varchar(64);
alter table complaint_link add column closed_at timestamp with time zone;

create index complaint_link_body on complaint_link (complaint_body_id);

-- A complaint body's preservation ask places holds at once; a caseworker confirms or releases them.
alter table footage_request add column preservation_to_confirm boolean not null default false;
