-- Marks the rounds of the demo data set (src/Assessment.Web/Demo) as illustrative, so every page that shows
-- them can say so (DOMAIN.md: illustrative data must never pass for an official evaluation). 1 = demo.
-- Demo jurisdictions need no column: their rows carry source = 'demo' (0001's provenance column).
ALTER TABLE rounds ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1));
