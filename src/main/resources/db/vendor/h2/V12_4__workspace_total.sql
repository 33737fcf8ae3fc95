-- How many workspaces exist, for the total of the admin's list. H2 answers count(*) over a
-- whole table from the row count it keeps, so here it is a view; PostgreSQL keeps a row.
create view workspace_total (id, workspaces) as select 1, count(*) from workspaces;
