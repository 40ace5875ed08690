-- The stage history of each request: when it entered and left each state, for workflow analytics.
create table request_stage (
    request_id uuid        not null references footage_request (id),
    state      varchar(32) not null,
    entered_at timestamp with time zone not null,
    exited_at  timestamp with time zone
);

create index request_stage_request on request_stage (request_id, entered_at);
