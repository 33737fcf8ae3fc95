-- Each membership carries its workspace's name key (a workspace is never renamed), so that a
-- member's workspaces come in name order straight from one index: a page of them reads its
-- entries only, not every membership of the member. It replaces the index on user and
-- workspace id, which only listed them unordered.
alter table memberships add column workspace_name_key varchar(400);

update memberships m set workspace_name_key = (select w.name_key from workspaces w where w.id = m.workspace_id);

alter table memberships alter column workspace_name_key set not null;

create index ix_memberships_user_name on memberships (user_id, workspace_name_key, workspace_id);

drop index ix_memberships_user_workspace;
