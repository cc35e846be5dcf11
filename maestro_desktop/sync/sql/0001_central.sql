-- MAESTRO-4MS central store, schema 1.
--
-- Role names are written @owner@, @workstation@, @data_manager@ and @checker@; `maestro central
-- init` puts the site's names (prefix_owner, ...) in their place. The whole file runs in one
-- transaction, as the owner role (bound by row-level security like everyone else) up to the
-- line marked @administrator@.
--
--   @workstation@   group of the workstation logins: INSERT journal events, SELECT reference
--                   data, flags and schema version of its own site; nothing else.
--   @data_manager@  group of the people who maintain reference data and read every site.
--   @checker@       owns the trigger functions that check what arrives (chain continuity,
--                   the same vial administered twice); no one logs in as it.

CREATE TABLE central_schema (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- Which login is which workstation, at which site. Read only through the functions below.
CREATE TABLE workstations (
    role_name text PRIMARY KEY,
    workstation text NOT NULL UNIQUE,
    site text NOT NULL CHECK (site ~ '^[0-9]{2}$'),
    registered_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION site_of(login name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT site FROM workstations WHERE role_name = login $$;

CREATE FUNCTION workstation_of(login name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT workstation FROM workstations WHERE role_name = login $$;

-- Revisions: one counter row, taken with a row lock, so revision order is commit order and
-- a workstation pulling "revision > n" never skips a row committed later with a smaller one.
CREATE TABLE revision_counter (
    single boolean PRIMARY KEY DEFAULT true CHECK (single),
    value bigint NOT NULL
);
INSERT INTO revision_counter VALUES (true, 0);

CREATE FUNCTION stamp_revision() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE revision_counter SET value = value + 1 RETURNING value INTO NEW.revision;
    RETURN NEW;
END $$;

-- The journal: every workstation's events exactly as hashed on the workstation.
CREATE TABLE journal (
    id text PRIMARY KEY,
    site text NOT NULL DEFAULT site_of(current_user),
    workstation text NOT NULL,
    seq bigint NOT NULL CHECK (seq > 0),
    kind text NOT NULL,
    payload text NOT NULL,
    actor text,
    clinical_time text NOT NULL,
    recorded_time text NOT NULL,
    subject text,
    session text,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    vial_id text GENERATED ALWAYS AS (
        CASE WHEN kind = 'vial.administered' THEN payload::jsonb ->> 'vial_id' END) STORED,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (workstation, seq)
);
CREATE INDEX journal_vial ON journal (vial_id) WHERE vial_id IS NOT NULL;

-- Reference data, maintained centrally, pulled by revision.
CREATE TABLE subjects (
    code text PRIMARY KEY,
    site text NOT NULL,
    initials text NOT NULL,
    birth_year integer NOT NULL,
    sex text NOT NULL,
    childbearing_potential boolean NOT NULL,
    enrolment_date date NOT NULL,
    revision bigint NOT NULL
);

CREATE TABLE vials (
    vial_id text PRIMARY KEY,
    site text NOT NULL,
    lot text NOT NULL,
    expiry text NOT NULL,
    release_status text NOT NULL,
    cells_per_vial double precision,
    volume_ml double precision,
    gtin text,
    product_code text,
    revision bigint NOT NULL
);

CREATE TABLE allocations (
    vial_id text PRIMARY KEY REFERENCES vials (vial_id),
    site text NOT NULL,
    subject text REFERENCES subjects (code),
    visit integer,
    revision bigint NOT NULL
);

CREATE TABLE accounts (
    username text PRIMARY KEY,
    site text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    password_hash text,       -- argon2id, needed only to create the account on a workstation
    revision bigint NOT NULL
);

CREATE TRIGGER subjects_revision BEFORE INSERT OR UPDATE ON subjects
    FOR EACH ROW EXECUTE FUNCTION stamp_revision();
CREATE TRIGGER vials_revision BEFORE INSERT OR UPDATE ON vials
    FOR EACH ROW EXECUTE FUNCTION stamp_revision();
CREATE TRIGGER allocations_revision BEFORE INSERT OR UPDATE ON allocations
    FOR EACH ROW EXECUTE FUNCTION stamp_revision();
CREATE TRIGGER accounts_revision BEFORE INSERT OR UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION stamp_revision();

-- What only the centre can see, shown to every site it concerns until acknowledged (or, for a
-- gap in a workstation's chain, until the missing events arrive).
CREATE TABLE flags (
    id bigserial PRIMARY KEY,
    kind text NOT NULL,
    key text NOT NULL,
    sites text[] NOT NULL,
    details jsonb NOT NULL,
    detected_at timestamptz NOT NULL DEFAULT now(),
    acknowledged_by text,
    acknowledged_at timestamptz,
    resolved_at timestamptz,
    UNIQUE (kind, key)
);

-- Events a workstation holds that disagree with the centre's copy: kept aside, never merged.
CREATE TABLE quarantine (
    workstation text NOT NULL,
    seq bigint NOT NULL,
    hash text NOT NULL,
    site text NOT NULL DEFAULT site_of(current_user),
    event jsonb NOT NULL,
    reason text NOT NULL,
    quarantined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workstation, seq, hash)
);

CREATE FUNCTION journal_received() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before_hash text;
    after_prev text;
BEGIN
    -- Chain continuity, per workstation: each event must follow the one before it.
    IF NEW.seq = 1 THEN
        IF NEW.prev_hash <> repeat('0', 64) THEN
            RAISE EXCEPTION 'event #1 of workstation % does not start a chain', NEW.workstation
                USING ERRCODE = 'MA001';
        END IF;
    ELSE
        SELECT hash INTO before_hash FROM journal
            WHERE workstation = NEW.workstation AND seq = NEW.seq - 1;
        IF NOT FOUND THEN
            INSERT INTO flags (kind, key, sites, details)
            VALUES ('chain_gap', NEW.workstation || ':' || NEW.seq, ARRAY[NEW.site],
                    jsonb_build_object('workstation', NEW.workstation, 'before_seq', NEW.seq))
            ON CONFLICT (kind, key) DO NOTHING;
        ELSIF before_hash <> NEW.prev_hash THEN
            RAISE EXCEPTION 'event #% of workstation % does not follow event #% held by the centre',
                NEW.seq, NEW.workstation, NEW.seq - 1 USING ERRCODE = 'MA001';
        END IF;
    END IF;
    SELECT prev_hash INTO after_prev FROM journal
        WHERE workstation = NEW.workstation AND seq = NEW.seq + 1;
    IF FOUND THEN
        IF after_prev <> NEW.hash THEN
            RAISE EXCEPTION 'event #% of workstation % does not lead to event #% held by the centre',
                NEW.seq, NEW.workstation, NEW.seq + 1 USING ERRCODE = 'MA001';
        END IF;
        UPDATE flags SET resolved_at = now()
            WHERE kind = 'chain_gap' AND key = NEW.workstation || ':' || (NEW.seq + 1)
              AND resolved_at IS NULL;
    END IF;

    -- The same vial administered in two sessions: flag it to every site involved. A further
    -- administration re-opens an acknowledged flag.
    IF NEW.vial_id IS NOT NULL AND EXISTS (
            SELECT 1 FROM journal WHERE vial_id = NEW.vial_id AND id <> NEW.id
              AND payload::jsonb ->> 'session' IS DISTINCT FROM NEW.payload::jsonb ->> 'session') THEN
        INSERT INTO flags (kind, key, sites, details)
        SELECT 'double_administration', NEW.vial_id, array_agg(DISTINCT site ORDER BY site),
               jsonb_build_object('vial_id', NEW.vial_id, 'administrations', jsonb_agg(
                   jsonb_build_object('site', site, 'workstation', workstation,
                                      'session', payload::jsonb ->> 'session',
                                      'subject', subject, 'at', clinical_time)
                   ORDER BY clinical_time, workstation))
        FROM journal WHERE vial_id = NEW.vial_id
        ON CONFLICT (kind, key) DO UPDATE
            SET sites = EXCLUDED.sites, details = EXCLUDED.details,
                acknowledged_by = NULL, acknowledged_at = NULL;
    END IF;

    -- A coordinator's acknowledgement, recorded on a workstation, closes the flag for all.
    IF NEW.kind = 'central_flag.acknowledged' THEN
        UPDATE flags SET acknowledged_by = NEW.actor, acknowledged_at = now()
            WHERE id = (NEW.payload::jsonb ->> 'flag_id')::bigint
              AND NEW.site = ANY (sites) AND acknowledged_at IS NULL;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER journal_checks AFTER INSERT ON journal
    FOR EACH ROW EXECUTE FUNCTION journal_received();

CREATE FUNCTION quarantine_received() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO flags (kind, key, sites, details)
    VALUES ('conflict', NEW.workstation || ':' || NEW.seq || ':' || NEW.hash, ARRAY[NEW.site],
            jsonb_build_object('workstation', NEW.workstation, 'seq', NEW.seq,
                               'reason', NEW.reason))
    ON CONFLICT (kind, key) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER quarantine_flag AFTER INSERT ON quarantine
    FOR EACH ROW EXECUTE FUNCTION quarantine_received();

-- Row-level security, forced: the owner sees and writes only through these policies too.
-- (SELECT f(current_user)) is evaluated once per statement, not once per row.
ALTER TABLE journal ENABLE ROW LEVEL SECURITY;
ALTER TABLE journal FORCE ROW LEVEL SECURITY;
CREATE POLICY journal_site_read ON journal FOR SELECT TO @workstation@
    USING (site = (SELECT site_of(current_user)));
CREATE POLICY journal_site_insert ON journal FOR INSERT TO @workstation@
    WITH CHECK (site = (SELECT site_of(current_user))
                AND workstation = (SELECT workstation_of(current_user)));
CREATE POLICY journal_all_read ON journal FOR SELECT TO @data_manager@, @checker@ USING (true);

ALTER TABLE subjects ENABLE ROW LEVEL SECURITY;
ALTER TABLE subjects FORCE ROW LEVEL SECURITY;
CREATE POLICY subjects_site ON subjects FOR SELECT TO @workstation@
    USING (site = (SELECT site_of(current_user)));
CREATE POLICY subjects_manage ON subjects FOR ALL TO @data_manager@ USING (true);

ALTER TABLE vials ENABLE ROW LEVEL SECURITY;
ALTER TABLE vials FORCE ROW LEVEL SECURITY;
CREATE POLICY vials_site ON vials FOR SELECT TO @workstation@
    USING (site = (SELECT site_of(current_user)));
CREATE POLICY vials_manage ON vials FOR ALL TO @data_manager@ USING (true);

ALTER TABLE allocations ENABLE ROW LEVEL SECURITY;
ALTER TABLE allocations FORCE ROW LEVEL SECURITY;
CREATE POLICY allocations_site ON allocations FOR SELECT TO @workstation@
    USING (site = (SELECT site_of(current_user)));
CREATE POLICY allocations_manage ON allocations FOR ALL TO @data_manager@ USING (true);

ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
CREATE POLICY accounts_site ON accounts FOR SELECT TO @workstation@
    USING (site = (SELECT site_of(current_user)));
CREATE POLICY accounts_manage ON accounts FOR ALL TO @data_manager@ USING (true);

ALTER TABLE flags ENABLE ROW LEVEL SECURITY;
ALTER TABLE flags FORCE ROW LEVEL SECURITY;
CREATE POLICY flags_site ON flags FOR SELECT TO @workstation@
    USING ((SELECT site_of(current_user)) = ANY (sites));
CREATE POLICY flags_manage ON flags FOR ALL TO @data_manager@, @checker@ USING (true);

ALTER TABLE quarantine ENABLE ROW LEVEL SECURITY;
ALTER TABLE quarantine FORCE ROW LEVEL SECURITY;
CREATE POLICY quarantine_site_insert ON quarantine FOR INSERT TO @workstation@
    WITH CHECK (site = (SELECT site_of(current_user))
                AND workstation = (SELECT workstation_of(current_user)));
CREATE POLICY quarantine_site_read ON quarantine FOR SELECT TO @workstation@
    USING (site = (SELECT site_of(current_user)));
CREATE POLICY quarantine_read ON quarantine FOR SELECT TO @data_manager@ USING (true);

-- Privileges: nothing by default, then exactly what each role needs.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION site_of(name), workstation_of(name)
    TO @workstation@, @data_manager@, @checker@;
GRANT EXECUTE ON FUNCTION stamp_revision() TO @data_manager@;
GRANT SELECT ON central_schema TO @workstation@, @data_manager@;
GRANT SELECT, INSERT ON journal TO @workstation@;
GRANT SELECT, INSERT ON quarantine TO @workstation@;
GRANT SELECT ON subjects, vials, allocations, accounts, flags TO @workstation@;
GRANT SELECT ON journal, quarantine, workstations TO @data_manager@;
GRANT SELECT, INSERT, UPDATE ON subjects, vials, allocations, accounts, flags TO @data_manager@;
GRANT SELECT ON journal TO @checker@;
GRANT SELECT, INSERT, UPDATE ON flags TO @checker@;
GRANT USAGE ON SEQUENCE flags_id_seq TO @checker@, @data_manager@;

-- Below this mark the administrator runs the statements: the owner must not be a member of the
-- checker role, or it would read every site through the checker's policies.
-- @administrator@
ALTER FUNCTION journal_received() OWNER TO @checker@;
ALTER FUNCTION quarantine_received() OWNER TO @checker@;
