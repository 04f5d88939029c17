-- An owner is "tenant:" or "sub:" and a claim of up to 255 characters (OpenID Connect Core 1.0 §2: a sub MUST NOT
-- exceed 255 ASCII characters; a tenant is held to the same), so up to 262 characters: VARCHAR(255) refused a valid
-- token's record. Widening a VARCHAR keeps every row and the index. The same script for PostgreSQL and H2.
ALTER TABLE assessment_record ALTER COLUMN owner SET DATA TYPE VARCHAR(262);
