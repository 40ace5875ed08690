-- Casework: assignment, the stored s.54 due date (for the queue; "overdue" is still computed at read time),
-- extension notice (s.54(3A)), decisions with their s.45(4) ground and supervisor sign-off, complaint links,
-- recordings attached from the footage catalogue, and who wrote each timeline entry.

alter table footage_request add column assigned_to varchar(64);
alter table footage_request add column due_on date;
alter table footage_request add column extension_notice_on date;
alter table footage_request add column extension_reason varchar(1000);
alter table footage_request add column restriction_ground varchar(16);
alter table footage_request add column no_footage_reason varchar(32);
alter table footage_request add column decided_by varchar(64);
alter table footage_request add column signed_off_by varchar(64);
alter table footage_request add column proposed_outcome varchar(32);
alter table footage_request add column proposed_ground varchar(16);
alter table footage_request add column proposed_by varchar(64);
alter table footage_request add column proposed_at timestamp with time zone;
alter table footage_request add column ico_referral_on date;
alter table footage_request add column ico_reference varchar(40);
alter table footage_request add column resume_state varchar(32);

create index footage_request_due_on on footage_request (due_on);
create index footage_request_incident_date on footage_request (incident_date);
create index footage_request_assigned_to on footage_request (assigned_to);

alter table request_timeline add column kind varchar(16) not null default 'EVENT';
alter table request_timeline add column author varchar(64);

create table complaint_link (
    request_id          uuid        not null references footage_request (id),
    complaint_reference varchar(40) not null,
    linked_by           varchar(64) not null,
    linked_at           timestamp with time zone not null
);

create index complaint_link_request on complaint_link (request_id);
create index complaint_link_linked_by on complaint_link (linked_by);

create table request_recording (
    request_id   uuid        not null references footage_request (id),
    recording_id uuid        not null,
    attached_by  varchar(64) not null,
    attached_at  timestamp with time zone not null,
    held         boolean     not null
);

create index request_recording_request on request_recording (request_id);
