-- Footage-access requests filed by members of the public (DPA 2018 Part 3, s.45).
-- ${binary} is varbinary on H2 and bytea on PostgreSQL: every requester_* column holds AES-GCM ciphertext.

create sequence request_reference_seq start with 1 increment by 1;

create table footage_request (
    id                       uuid         not null primary key,
    reference                varchar(16)  not null unique,
    submission_key           uuid         not null unique,
    secret_hash              varchar(64)  not null,
    state                    varchar(32)  not null,
    version                  bigint       not null,
    submitted_at             timestamp with time zone not null,
    received_on              date         not null,
    identity_verified_on     date,
    extension_months         integer      not null default 0,
    requester_name           ${binary}    not null,
    requester_date_of_birth  ${binary}    not null,
    requester_address        ${binary}    not null,
    requester_postcode       ${binary}    not null,
    requester_email          ${binary}    not null,
    requester_phone          ${binary},
    requester_appearance     ${binary}    not null,
    incident_date            date         not null,
    incident_time_from       time         not null,
    incident_time_to         time         not null,
    borough_code             varchar(9)   not null,
    incident_location        varchar(300) not null,
    incident_description     varchar(5000) not null,
    officer_collar_number    varchar(20),
    cad_reference            varchar(40),
    stop_and_search          boolean      not null,
    access_preference        varchar(8)   not null,
    constraint extension_months_s54_3a check (extension_months between 0 and 2)
);

create index footage_request_state on footage_request (state);
create index footage_request_borough on footage_request (borough_code);

create table identity_document (
    id            uuid        not null primary key,
    request_id    uuid        not null references footage_request (id),
    file_name     ${binary}   not null,
    document_type varchar(10) not null,
    size_bytes    integer     not null,
    content       ${binary}   not null
);

create index identity_document_request on identity_document (request_id);

create table clarification_pause (
    request_id  uuid not null references footage_request (id),
    asked_on    date not null,
    answered_on date
);

create index clarification_pause_request on clarification_pause (request_id);

create table request_timeline (
    id                   uuid          not null primary key,
    request_id           uuid          not null references footage_request (id),
    occurred_at          timestamp with time zone not null,
    text                 varchar(2000) not null,
    visible_to_requester boolean       not null
);

create index request_timeline_request on request_timeline (request_id, occurred_at);
