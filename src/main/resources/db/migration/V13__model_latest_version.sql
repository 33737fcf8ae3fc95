-- The newest version of each model carries its name key in latest_key (the others null), so
-- the latest versions of a workspace are read straight from one index, by name, however many
-- versions each model has; the unique index also keeps a model to one latest version.
alter table model_versions add column latest_key varchar(63);

update model_versions v set latest_key = v.name_key
where not exists (
    select 1 from model_versions o
    where o.workspace_id = v.workspace_id and o.name_key = v.name_key
      and (o.created_at > v.created_at or (o.created_at = v.created_at and o.id < v.id)));

create unique index uk_model_versions_latest on model_versions (workspace_id, latest_key);
