-- Settings administrators change in the pages (/quan-tri/thiet-lap); a stored value overrides the default of the
-- configuration properties. Runs on PostgreSQL 17 and H2 2.x: no "key"/"value" column names (H2 keywords).

-- SLA settings: the same-day reception cut-off (setting_name 'same-day-cut-off', value HH:mm).
create table sla_setting (
    setting_name  varchar(64)  primary key,
    setting_value varchar(255) not null,
    updated_by    varchar(64)  not null,
    updated_at    timestamp with time zone not null default current_timestamp
);

-- The texts of messages sent by e-mail and SMS, one row per template changed from its default.
create table notification_text (
    template_name varchar(64)   primary key,
    template_text varchar(2000) not null,
    updated_by    varchar(64)   not null,
    updated_at    timestamp with time zone not null default current_timestamp
);
