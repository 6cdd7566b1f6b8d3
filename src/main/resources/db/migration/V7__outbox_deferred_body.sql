-- A notice's body is rendered when it is sent (MailDelivery), not in the transaction that queues it: a fan-out
-- queues one "new task" mail per unit, and rendering them there cost about 6% of its CPU. Until then the row keeps
-- the notice's facts (JSON) and its subject; the rendered body is stored when the mail is sent.
ALTER TABLE outbox_mail ADD COLUMN notice VARCHAR(4000);
ALTER TABLE outbox_mail ALTER COLUMN body DROP NOT NULL;
