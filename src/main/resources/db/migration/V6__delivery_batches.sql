-- The mails queued in one transaction go out through one mail-delivery instance (one job), named by this key.
ALTER TABLE outbox_mail ADD COLUMN delivery_batch VARCHAR(36);
CREATE INDEX ix_outbox_delivery_batch ON outbox_mail (delivery_batch);
