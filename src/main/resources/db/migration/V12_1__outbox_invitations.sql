-- An invitation email names the workspace and the member it invites, so the workspace page
-- can show each invited member whether their email is pending, sent or failing.
alter table outbox_messages add column invitation_workspace_id bigint;
alter table outbox_messages add column invitation_user_id uuid;

create index ix_outbox_messages_invitation on outbox_messages (invitation_workspace_id, invitation_user_id, id);
