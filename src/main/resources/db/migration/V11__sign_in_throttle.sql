-- Failed sign-ins and failed API token checks, counted per account and per client address
-- in the database, so every replica sees them. The key is the SHA-256 of the kind and the
-- subject (an email or an address): typed emails, sometimes a password typed in the wrong
-- box, are not kept. blocked_until is the time of the last failure plus the wait it
-- earned; a row 15 minutes past it is forgotten.
create table sign_in_throttle (
    throttle_key varchar(64) primary key,
    failures int not null,
    blocked_until timestamp with time zone not null
);

create index ix_sign_in_throttle_blocked_until on sign_in_throttle (blocked_until);
