-- Who did what to a workspace, its members, models and pipelines. Rows are only inserted,
-- and removed by the retention purge. Ids come from a sequence handing out blocks of 50,
-- so the entries of one change are inserted in one JDBC batch, and they grow with time,
-- so "newest first" is "id descending" and pages are read by keyset (id < before).
create sequence activity_entries_seq start with 1 increment by 50;

create table activity_entries (
    id bigint primary key,
    workspace_id bigint not null,
    workspace_name varchar(320) not null,
    actor_id uuid not null,
    action varchar(40) not null,
    subject varchar(320) not null,
    details varchar(1000),
    source varchar(20) not null,
    occurred_at timestamp with time zone not null
);

-- A workspace's activity, newest first, all of it or by action or by person.
create index ix_activity_workspace on activity_entries (workspace_id, id desc);
create index ix_activity_workspace_action on activity_entries (workspace_id, action, id desc);
create index ix_activity_workspace_actor on activity_entries (workspace_id, actor_id, id desc);
-- The instance's activity: all of it from the primary key (read backwards), by action or by
-- person from these.
create index ix_activity_action on activity_entries (action, id desc);
create index ix_activity_actor on activity_entries (actor_id, id desc);
-- The retention purge finds the expired entries without reading the others.
create index ix_activity_occurred_at on activity_entries (occurred_at);
