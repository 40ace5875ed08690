-- Spring Modulith's event publication registry: the transactional outbox. A domain event is written here in the
-- same transaction as the change that raised it and marked completed once each listener has handled it.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(8000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer       not null default 0,
    last_resubmission_date timestamp with time zone
);

create index event_publication_incomplete on event_publication (completion_date, publication_date);
