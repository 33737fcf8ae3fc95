-- A member's workspaces are found from their memberships: by user, with the workspace id in
-- the index, so listing and counting them never reads the memberships table itself. It
-- replaces the index on user_id alone.
create index ix_memberships_user_workspace on memberships (user_id, workspace_id);
drop index ix_memberships_user;
