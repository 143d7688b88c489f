-- "Checked before?": a claim may be marked as a repeat of an earlier claim (the same claim, checked already).
-- Nullable: most claims repeat nothing. If the earlier claim is deleted, the mark goes with it.
ALTER TABLE claim ADD COLUMN repeat_of_id UUID;
ALTER TABLE claim ADD CONSTRAINT claim_repeat_of_fk FOREIGN KEY (repeat_of_id) REFERENCES claim (id) ON DELETE SET NULL;
-- "Repeated by": the claims that repeat a given one.
CREATE INDEX claim_repeat_of ON claim (repeat_of_id);
