-- Monitoring read model (supervisors' dashboard, statistics, 766 inputs), kept up to date from the
-- dossier module's events in the same transaction as the change. Never joined with Camunda's tables.
-- Runs on PostgreSQL 17 and H2 2.x: plain types, no partial indexes, no H2 keywords as column names.

-- One row per dossier.
create table monitoring_dossier (
    dossier_id          varchar(36)  primary key,
    code                varchar(80),
    procedure_code      varchar(60)  not null,
    procedure_name      varchar(500) not null,
    process_instance_id varchar(64),
    receiving_unit      varchar(40)  not null,
    handling_unit       varchar(40),
    -- where the dossier is now: the handling unit once known, else the receiving counter
    responsible_unit    varchar(40)  not null,
    channel             varchar(10)  not null,
    status              smallint     not null,
    -- received, not finished (statuses 2, 4–7): the dossiers whose deadline runs or is paused
    is_open             boolean      not null,
    submitted_at        timestamp with time zone not null,
    received_at         timestamp with time zone,
    -- the receipt's calendar day in Vietnam, for per-day figures without a time-zone function
    received_on         date,
    appointment_at      timestamp with time zone,
    finished_at         timestamp with time zone,
    returned_at         timestamp with time zone,
    timeliness          varchar(10),
    -- waiting for the applicant's supplement after receipt: the clock stands still
    paused              boolean      not null default false,
    extended            boolean      not null default false,
    supplement_count    integer      not null default 0,
    paid_online         boolean      not null default false,
    vneid_authenticated boolean      not null default false,
    digitized           boolean      not null default false,
    updated_at          timestamp with time zone not null
);

-- The indexes cover their queries (index-only scans): at millions of dossiers a heap fetch per row is
-- what makes a dashboard query slow.
-- open dossiers by unit ("now"), carried over / pending (open branch)
create index monitoring_dossier_open_unit_idx
    on monitoring_dossier (is_open, responsible_unit, appointment_at, paused, receiving_unit, received_at);
-- overdue and due-soon lists, most urgent first
create index monitoring_dossier_open_appointment_idx on monitoring_dossier (is_open, appointment_at, paused);
-- received per day, unit and channel (trends, statistics) with the 766 inputs
create index monitoring_dossier_received_idx on monitoring_dossier
    (received_on, receiving_unit, channel, paid_online, vneid_authenticated, digitized, status, timeliness);
create index monitoring_dossier_unit_received_idx on monitoring_dossier (receiving_unit, received_on);
-- finished in or after a period: on-time rates, resolved, carried over and pending (finished branch)
create index monitoring_dossier_finished_idx on monitoring_dossier
    (finished_at, receiving_unit, responsible_unit, procedure_code, status, timeliness, received_at, appointment_at);
-- result ready and not collected (status 9), or collected after a period's end (status 10)
create index monitoring_dossier_status_idx on monitoring_dossier (status, returned_at, finished_at, receiving_unit);

-- Names of procedures and steps, for the aggregates (which group by code only). No key: two
-- transactions may add the same name at once, and a duplicate is harmless where a conflict is not.
create table monitoring_procedure (
    procedure_code varchar(60)  not null,
    procedure_name varchar(500) not null
);

create index monitoring_procedure_code_idx on monitoring_procedure (procedure_code);

create table monitoring_step_key (
    step_key  varchar(100) not null,
    step_name varchar(255)
);

create index monitoring_step_key_idx on monitoring_step_key (step_key);

-- One row per step (user task) of a dossier.
create table monitoring_step (
    task_id        varchar(64)  primary key,
    dossier_id     varchar(36)  not null references monitoring_dossier (dossier_id),
    step_key       varchar(100) not null,
    step_name      varchar(255),
    unit_code      varchar(40),
    is_open        boolean      not null,
    started_at     timestamp with time zone not null,
    due_at         timestamp with time zone,
    completed_at   timestamp with time zone,
    timeliness     varchar(10),
    -- working time the step took, known at completion (bottleneck and typical durations)
    working_millis bigint,
    -- the dossier waits for a supplement (copied from monitoring_dossier.paused, so that the step
    -- figures need no join)
    dossier_paused boolean      not null default false,
    -- when the escalation of this overdue step was sent; claimed once by one node
    escalated_at   timestamp with time zone
);

-- open steps by due date (overdue, at risk, escalation) and by step and unit ("now")
create index monitoring_step_open_idx
    on monitoring_step (is_open, due_at, step_key, dossier_paused, unit_code, dossier_id, escalated_at);
create index monitoring_step_dossier_idx on monitoring_step (dossier_id);
-- completed steps: typical durations, average working time per step (bottleneck)
create index monitoring_step_completed_idx
    on monitoring_step (completed_at, step_key, working_millis, timeliness, unit_code);

-- In-app notifications, addressed to a Camunda group (e.g. a unit's leaders, its supervisors).
create table notification (
    id         bigint generated by default as identity primary key,
    group_id   varchar(150)  not null,
    title      varchar(500)  not null,
    body       varchar(4000) not null,
    dossier_id varchar(36),
    task_id    varchar(64),
    link       varchar(500),
    created_at timestamp with time zone not null
);

create index notification_group_idx on notification (group_id, created_at);

-- Who has read which notification (one notification reaches every member of its group).
create table notification_read (
    notification_id bigint       not null references notification (id),
    username        varchar(100) not null,
    read_at         timestamp with time zone not null,
    primary key (notification_id, username)
);
