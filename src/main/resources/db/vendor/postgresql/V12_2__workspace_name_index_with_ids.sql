-- An admin's page of workspaces walks the names before it to find its place; with the ids in
-- the index that walk reads the index alone, not a table row per name.
create index ix_workspaces_name_key_id on workspaces (name_key) include (id);
