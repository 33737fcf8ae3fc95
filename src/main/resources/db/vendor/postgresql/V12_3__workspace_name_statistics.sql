-- A search orders its matches by name and stops at a page. The planner weighs walking the
-- name index until a page has matched against finding the matches by trigram and sorting
-- them, from how many names it expects to match. A finer histogram of names (1,001 bounds
-- instead of 101) keeps one sampled name that happens to match from passing a rare
-- pattern off as one name in a hundred, and the walk from reading the whole index.
alter table workspaces alter column name_key set statistics 1000;
analyze workspaces;
