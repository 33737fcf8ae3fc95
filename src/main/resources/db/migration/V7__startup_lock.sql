-- One row that replicas starting together lock (select ... for update) while they create
-- the first admin or the demo data, so that happens exactly once.
create table startup_lock (
    id int primary key
);

insert into startup_lock (id) values (1);
