-- Review tools: the "Unassigned" queue filter, and the links that splitting and
-- merging claims leave behind.
--
-- `claims_assignee` is a partial index over assigned claims only, so it cannot
-- serve `assignee_id IS NULL`. This one holds the unassigned claims (most claims
-- of a fresh import), keyed so "unassigned and new" is one index search as well.
CREATE INDEX claims_unassigned ON claims (assignee_id, status) WHERE assignee_id IS NULL;

-- A claim made by splitting another records where it came from (the original
-- keeps its id, history, evidence and comments). Merged duplicates already point
-- at their survivor through `duplicate_of` (0002); both are looked up by id.
ALTER TABLE claims ADD COLUMN split_from TEXT REFERENCES claims (id);
CREATE INDEX claims_duplicate_of ON claims (duplicate_of) WHERE duplicate_of IS NOT NULL;
