-- The local demo's generated history of requests (profile demo, DemoHistory): one row per seed, anchored on the day
-- the first generation started so that an interrupted one resumes the same plan, and completed once every request
-- is in, so that later starts skip it. Production never writes here.
create table demo_history_run (
    seed          bigint primary key,
    anchored_on   date not null,
    started_at    timestamp with time zone not null,
    completed_at  timestamp with time zone,
    requests      integer not null default 0
);
