-- The definition of a pipeline as JSON, an array of steps such as
-- [{"model":"embedder-o","version":"latest"}]; pipeline_steps keeps the same steps as rows
-- so that the database refuses removing a pinned model version that a pipeline uses.
alter table pipelines add column definition varchar(10000) default '[]' not null;
