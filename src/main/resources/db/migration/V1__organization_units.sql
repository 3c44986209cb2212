-- Units of the province: a tree rooted at the provincial People's Committee.
-- Officers, roles and memberships live in the engine's identity store (one Camunda group per unit and role).
create table org_unit (
    code        varchar(40)  primary key,
    name        varchar(255) not null,
    kind        varchar(20)  not null,
    parent_code varchar(40)  references org_unit (code),
    created_at  timestamp with time zone not null default current_timestamp,
    updated_at  timestamp with time zone not null default current_timestamp
);

create index org_unit_parent_idx on org_unit (parent_code);
