-- SLA: the working-day calendar as data, and the deadline clock of each dossier.
-- Runs on PostgreSQL 17 and H2 2.x: plain types only, no "year"/"day"/"key" column names (H2 keywords).

-- One row per calendar year held in the database. Years are loaded once from
-- processes/calendar/<year>.yaml when absent (origin FILE) and from then on only changed through the
-- administration API (origin API); a start-up never overwrites a year that is present.
create table sla_calendar_year (
    calendar_year integer     primary key,
    origin        varchar(10) not null check (origin in ('FILE', 'API')),
    -- bumped on every change; nodes compare revisions to rebuild their in-memory calendar
    revision      integer     not null,
    updated_by    varchar(64),
    updated_at    timestamp with time zone not null default current_timestamp
);

-- The dated entries of a year, in the order they are applied (a later entry for a date wins).
create table sla_calendar_day (
    calendar_year integer       not null references sla_calendar_year (calendar_year) on delete cascade,
    entry_order   integer       not null,
    calendar_date date          not null,
    kind          varchar(30)   not null check (kind in ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'MAKEUP_WORKING_DAY')),
    name          varchar(255)  not null,
    source        varchar(1000) not null,
    unconfirmed   boolean       not null default false,
    note          varchar(2000),
    primary key (calendar_year, entry_order)
);

-- The deadline clock of a dossier, keyed by the process instance that handles it.
create table sla_clock (
    process_instance_id     varchar(64)   primary key,
    state                   varchar(10)   not null check (state in ('RUNNING', 'PAUSED', 'STOPPED')),
    received_at             timestamp with time zone not null,
    -- the legal time limit in the working-time notation: P5D, PT4H, same-day
    time_limit              varchar(40)   not null,
    -- the appointment printed on the receipt (form 1)
    appointment_at          timestamp with time zone not null,
    -- the deadline in force: the appointment (or the extended one) moved by the pauses
    deadline_at             timestamp with time zone not null,
    -- the one extension allowed (apology, form 4)
    extended_appointment_at timestamp with time zone,
    extension_reason        varchar(1000),
    extended_at             timestamp with time zone,
    stopped_at              timestamp with time zone,
    timeliness              varchar(10)   check (timeliness in ('EARLY', 'ON_TIME', 'LATE')),
    created_at              timestamp with time zone not null default current_timestamp
);

create index sla_clock_state_idx on sla_clock (state, deadline_at);

-- The intervals during which the clock stood still (waiting for the applicant's supplement).
create table sla_clock_pause (
    process_instance_id varchar(64) not null references sla_clock (process_instance_id),
    pause_number        integer     not null,
    paused_at           timestamp with time zone not null,
    resumed_at          timestamp with time zone,
    -- working time left until the deadline when the clock paused; negative when already overdue
    remaining_millis    bigint      not null,
    primary key (process_instance_id, pause_number)
);

-- Engine deadlines held while the clock is paused: SLA timer jobs (moved far away) and SLA user
-- tasks (due date cleared), with the working time each had left, given back on resume.
create table sla_clock_held_deadline (
    process_instance_id varchar(64) not null references sla_clock (process_instance_id),
    holder_kind         varchar(10) not null check (holder_kind in ('TIMER', 'TASK')),
    holder_id           varchar(64) not null,
    due_at              timestamp with time zone not null,
    remaining_millis    bigint      not null,
    primary key (process_instance_id, holder_kind, holder_id)
);
