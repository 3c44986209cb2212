-- Procedures of the province's catalog, one row per version. Versions are immutable: an amendment
-- is a new version with a later valid_from; dossiers keep the version they started with.
create table catalog_procedure (
    code        varchar(60)   not null,
    version     integer       not null,
    name        varchar(500)  not null,
    level       varchar(20)   not null,
    process_key varchar(100)  not null,
    valid_from  date          not null,
    valid_to    date,
    definition  text          not null,
    loaded_at   timestamp with time zone not null default current_timestamp,
    primary key (code, version)
);

create index catalog_procedure_process_idx on catalog_procedure (process_key);
