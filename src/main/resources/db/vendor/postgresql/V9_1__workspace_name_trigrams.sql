-- Searching workspaces by any part of their name (name_key like '%text%') reads a trigram
-- index instead of every workspace.
create extension if not exists pg_trgm;
create index ix_workspaces_name_key_trigrams on workspaces using gin (name_key gin_trgm_ops);
