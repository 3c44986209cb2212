-- Electronic receipts of fees and charges (biên lai điện tử thu phí, lệ phí). Receipts are never
-- deleted: a cancellation sets status CANCELLED with who, when and why; a replacement is a new
-- numbered receipt pointing to the one it replaces.

-- The number sequence per collecting unit, series and year; the row lock held by the issuing
-- transaction makes numbers unique, and a rolled-back issue gives its number back (no gaps).
create table receipt_counter (
    unit_code    varchar(40) not null,
    series       varchar(20) not null,
    receipt_year integer     not null,
    last_value   integer     not null,
    primary key (unit_code, series, receipt_year)
);

create table e_receipt (
    id              varchar(36)   primary key,
    -- what may be issued only once: the payment id for a payment's receipt, 'replaces:<id>' for a replacement
    issue_key       varchar(120)  not null unique,
    unit_code       varchar(40)   not null,
    template_code   varchar(20)   not null,
    series          varchar(20)   not null,
    receipt_year    integer       not null,
    receipt_number  integer       not null,
    payment_id      varchar(100)  not null,
    dossier_id      varchar(36)   not null,
    dossier_code    varchar(80),
    procedure_code  varchar(60)   not null,
    procedure_name  varchar(500)  not null,
    payer_name      varchar(255)  not null,
    amount          bigint        not null check (amount > 0),
    amount_in_words varchar(1000) not null,
    payment_method  varchar(10)   not null,
    paid_at         timestamp with time zone not null,
    issued_at       timestamp with time zone not null,
    public_token    varchar(64)   not null unique,
    status          varchar(10)   not null,
    cancelled_at    timestamp with time zone,
    cancelled_by    varchar(100),
    cancel_reason   varchar(1000),
    replaces_id     varchar(36) references e_receipt (id),
    constraint e_receipt_number_unique unique (unit_code, series, receipt_year, receipt_number)
);

create index e_receipt_dossier_idx on e_receipt (dossier_id);
create index e_receipt_payment_idx on e_receipt (payment_id);
