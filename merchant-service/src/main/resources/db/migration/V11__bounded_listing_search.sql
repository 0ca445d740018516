-- Listing search reads a bounded number of rows whatever the query matches (Listings.search).

-- The words of title and claimed brand, kept with the row so a walk in id order tests a listing without building
-- them. 'simple' neither stems nor drops words: titles are brand names and many languages.
ALTER TABLE listing ADD COLUMN search_words tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || coalesce(brand_claimed, ''))) STORED;

-- Only listings shoppers can see are searched, so the indexes hold those alone: removed listings are neither
-- walked past nor read from an index.
CREATE INDEX listing_visible ON listing (id) WHERE status IN ('ACTIVE', 'RESTORED');
CREATE INDEX listing_words ON listing USING gin (search_words) WHERE status IN ('ACTIVE', 'RESTORED');
DROP INDEX listing_search;
-- The substring search: the same expression as before (the search writes it exactly), visible listings only.
CREATE INDEX listing_search ON listing
    USING gin ((lower(title || E'\n' || coalesce(brand_claimed, '') || E'\n' || url)) gin_trgm_ops)
    WHERE status IN ('ACTIVE', 'RESTORED');
