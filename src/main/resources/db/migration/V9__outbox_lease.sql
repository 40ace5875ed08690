-- Several portal nodes share one database; the outbox (event_publication) is worked by one of them at a time.
-- The node named in holder owns the lease until expires_at (the database's clock) and renews it while it runs;
-- another node takes it over only after it has expired. One row per lease.
create table outbox_lease (
    name       varchar(64)  not null primary key,
    holder     varchar(255) not null,
    expires_at timestamp with time zone not null
);

insert into outbox_lease (name, holder, expires_at) values ('outbox', '', timestamp '2000-01-01 00:00:00+00:00');
