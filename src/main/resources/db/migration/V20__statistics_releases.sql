-- Public statistics releases: computed once, disclosure-controlled as a whole, then frozen. Only published figures
-- are stored (content: one line per area and month; a withheld cell keeps its reason, never its value). A
-- correction is a new version with a note; rows are never updated or deleted.

create table statistics_release (
    version      integer      not null primary key,
    period_from  date         not null,
    period_to    date         not null,
    published_at timestamp with time zone not null,
    note         varchar(1000) not null,
    triggered_by varchar(16)  not null,
    content      ${text}      not null,
    constraint statistics_release_period check (period_to >= period_from)
);
