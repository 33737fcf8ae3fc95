create table api_tokens (
    id uuid primary key,
    user_id uuid not null,
    name varchar(100) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    constraint uk_api_tokens_hash unique (token_hash),
    constraint fk_api_tokens_user foreign key (user_id) references users (id)
);

create index ix_api_tokens_user on api_tokens (user_id);
