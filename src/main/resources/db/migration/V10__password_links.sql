-- Users added without a password set their own through an activation link.
alter table users alter column password_hash drop not null;

-- One-time links that let a user set their password (activation) or choose a new one
-- (reset). Only a SHA-256 hash of each link's token is stored.
create table password_links (
    id uuid primary key,
    user_id uuid not null,
    purpose varchar(20) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at timestamp with time zone,
    constraint uk_password_links_hash unique (token_hash),
    constraint fk_password_links_user foreign key (user_id) references users (id)
);

create index ix_password_links_user on password_links (user_id, purpose, created_at);
