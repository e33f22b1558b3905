import GRDB

/// The store's schema as an append-only list of migrations. A shipped migration is never edited:
/// changes go into a new one appended at the end.
enum StoreSchema {
    /// Bumped with every appended migration; written to `PRAGMA user_version` so that other tools
    /// (and older Watchfloor builds) can tell the schema generation at a glance.
    static let version = 6

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-incident-store") { db in
            try createV1(db)
        }
        migrator.registerMigration("v2-outcome-confirmation-confidence") { db in
            try addV2(db)
        }
        migrator.registerMigration("v3-imported-datasets") { db in
            try addImportColumns(db)
        }
        migrator.registerMigration("v4-sort-indexes-and-tally") { db in
            try createV4(db)
        }
        migrator.registerMigration("v5-inbox-files") { db in
            try InboxFileSchema.create(db)
        }
        migrator.registerMigration("v6-integer-article-keys") { db in
            try ArticleKeyMigration.apply(db)
        }
        return migrator
    }

    /// v3: what imported datasets (ACLED) carry beyond v2: the first-level region, how precisely
    /// the place is known (1 town, 2 near a town or part of a region, 3 larger region), and the
    /// dataset's own last-modified time of the row (Unix seconds), so a re-import keeps the newer.
    /// Counts the monthly rollup and the per-kind tally afresh from the incident table: what their triggers
    /// keep, for a bulk write that set the triggers aside.
    static func recountRollups(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM monthlyCount;
            INSERT INTO monthlyCount(month, country, kind, count)
                SELECT substr(date, 1, 7), coalesce(country, ''), kind, count(*) FROM incident WHERE date IS NOT NULL GROUP BY 1, 2, 3;
            DELETE FROM incidentTally;
            INSERT INTO incidentTally(kind, country, count)
                SELECT kind, coalesce(country, ''), count(*) FROM incident GROUP BY 1, 2;
            """)
    }

    private static func addImportColumns(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE incident ADD COLUMN admin1 TEXT;
            ALTER TABLE incident ADD COLUMN geoPrecision INTEGER;
            ALTER TABLE incident ADD COLUMN externalTimestamp INTEGER;
            """)
    }

    private static func createV1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE article (
                id TEXT PRIMARY KEY NOT NULL,          -- SHA-256 of the canonical body (hex)
                rawHash TEXT NOT NULL,                  -- SHA-256 of the file's raw bytes (hex)
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                url TEXT,
                outlet TEXT,
                published TEXT,                         -- YYYY-MM-DD
                language TEXT,
                fileName TEXT,
                ingestedAt TEXT NOT NULL
            );

            CREATE TABLE incident (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                date TEXT,                              -- YYYY-MM-DD (first of month for month precision)
                datePrecision TEXT NOT NULL,
                dateUncertain INTEGER NOT NULL DEFAULT 0,
                country TEXT,
                location TEXT,
                latitude REAL,
                longitude REAL,
                weapons TEXT NOT NULL DEFAULT '',       -- vocabulary words joined by '; ', sorted
                usKilled INTEGER,
                usKilledQualifier TEXT,
                usInjured INTEGER,
                usInjuredQualifier TEXT,
                fatalities INTEGER,
                otherCasualties TEXT NOT NULL DEFAULT '[]', -- JSON array of {who, killed, injured, qualifier}
                claimedBy TEXT,
                attributedTo TEXT,
                usResponse TEXT,
                summary TEXT NOT NULL DEFAULT '',
                externalId TEXT UNIQUE,
                sourceCount INTEGER NOT NULL DEFAULT 0,
                firstSeen TEXT NOT NULL,
                updated TEXT NOT NULL
            );
            CREATE INDEX incident_date ON incident(date, id);
            CREATE INDEX incident_kind_date ON incident(kind, date, id);
            CREATE INDEX incident_site ON incident(location, date);
            CREATE INDEX incident_country_date ON incident(country, date, id);
            CREATE INDEX incident_firstSeen ON incident(firstSeen);

            CREATE TABLE incidentSource (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                incidentId INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
                articleId TEXT REFERENCES article(id) ON DELETE CASCADE,
                url TEXT,                               -- for sources known only by URL (imports)
                outlet TEXT,
                date TEXT,
                datePrecision TEXT NOT NULL,
                dateUncertain INTEGER NOT NULL DEFAULT 0,
                country TEXT,
                location TEXT,
                latitude REAL,
                longitude REAL,
                weapons TEXT NOT NULL DEFAULT '',
                usKilled INTEGER,
                usKilledQualifier TEXT,
                usInjured INTEGER,
                usInjuredQualifier TEXT,
                otherCasualties TEXT NOT NULL DEFAULT '[]',
                claimedBy TEXT,
                attributedTo TEXT,
                usResponse TEXT,
                summary TEXT NOT NULL DEFAULT '',
                addedAt TEXT NOT NULL,
                UNIQUE(incidentId, articleId)
            );
            CREATE INDEX incidentSource_incident ON incidentSource(incidentId);
            CREATE INDEX incidentSource_article ON incidentSource(articleId);

            CREATE TABLE fact (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                articleId TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                incidentId INTEGER REFERENCES incident(id) ON DELETE SET NULL,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                spanStart INTEGER NOT NULL,             -- Unicode code points into article.body
                spanEnd INTEGER NOT NULL
            );
            CREATE INDEX fact_article ON fact(articleId);

            CREATE TABLE reportedTotal (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                asOf TEXT,
                since TEXT,                             -- YYYY-MM-DD, or YYYY-MM at month precision
                total INTEGER,
                totalQualifier TEXT,
                iraq INTEGER,
                syria INTEGER,
                jordan INTEGER,
                usInjured INTEGER,
                usInjuredQualifier TEXT,
                articleId TEXT REFERENCES article(id) ON DELETE CASCADE,
                sourceUrl TEXT
            );
            CREATE INDEX reportedTotal_asOf ON reportedTotal(asOf);

            -- Attacks per month and country, kept by triggers inside the writing transaction.
            CREATE TABLE monthlyCount (
                month TEXT NOT NULL,
                country TEXT NOT NULL,
                kind TEXT NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (month, country, kind)
            ) WITHOUT ROWID;

            CREATE TRIGGER incident_rollup_insert AFTER INSERT ON incident
            WHEN NEW.date IS NOT NULL BEGIN
                INSERT INTO monthlyCount(month, country, kind, count)
                VALUES (substr(NEW.date, 1, 7), coalesce(NEW.country, ''), NEW.kind, 1)
                ON CONFLICT(month, country, kind) DO UPDATE SET count = count + 1;
            END;
            CREATE TRIGGER incident_rollup_delete AFTER DELETE ON incident
            WHEN OLD.date IS NOT NULL BEGIN
                UPDATE monthlyCount SET count = count - 1
                WHERE month = substr(OLD.date, 1, 7) AND country = coalesce(OLD.country, '') AND kind = OLD.kind;
                DELETE FROM monthlyCount WHERE count <= 0;
            END;
            CREATE TRIGGER incident_rollup_update AFTER UPDATE OF date, country, kind ON incident BEGIN
                UPDATE monthlyCount SET count = count - 1
                WHERE OLD.date IS NOT NULL AND month = substr(OLD.date, 1, 7)
                  AND country = coalesce(OLD.country, '') AND kind = OLD.kind;
                DELETE FROM monthlyCount WHERE count <= 0;
                INSERT INTO monthlyCount(month, country, kind, count)
                SELECT substr(NEW.date, 1, 7), coalesce(NEW.country, ''), NEW.kind, 1 WHERE NEW.date IS NOT NULL
                ON CONFLICT(month, country, kind) DO UPDATE SET count = count + 1;
            END;

            -- Full-text indexes (external content, kept by triggers).
            CREATE VIRTUAL TABLE articleSearch USING fts5(
                title, body, content='article', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER article_search_insert AFTER INSERT ON article BEGIN
                INSERT INTO articleSearch(rowid, title, body) VALUES (NEW.rowid, NEW.title, NEW.body);
            END;
            CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN
                INSERT INTO articleSearch(articleSearch, rowid, title, body) VALUES ('delete', OLD.rowid, OLD.title, OLD.body);
            END;
            CREATE TRIGGER article_search_update AFTER UPDATE OF title, body ON article BEGIN
                INSERT INTO articleSearch(articleSearch, rowid, title, body) VALUES ('delete', OLD.rowid, OLD.title, OLD.body);
                INSERT INTO articleSearch(rowid, title, body) VALUES (NEW.rowid, NEW.title, NEW.body);
            END;

            CREATE VIRTUAL TABLE incidentSearch USING fts5(
                summary, location, content='incident', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER incident_search_insert AFTER INSERT ON incident BEGIN
                INSERT INTO incidentSearch(rowid, summary, location) VALUES (NEW.id, NEW.summary, NEW.location);
            END;
            CREATE TRIGGER incident_search_delete AFTER DELETE ON incident BEGIN
                INSERT INTO incidentSearch(incidentSearch, rowid, summary, location) VALUES ('delete', OLD.id, OLD.summary, OLD.location);
            END;
            CREATE TRIGGER incident_search_update AFTER UPDATE OF summary, location ON incident BEGIN
                INSERT INTO incidentSearch(incidentSearch, rowid, summary, location) VALUES ('delete', OLD.id, OLD.summary, OLD.location);
                INSERT INTO incidentSearch(rowid, summary, location) VALUES (NEW.id, NEW.summary, NEW.location);
            END;

            -- Store-wide facts: when it last changed (for the dashboard's freshness display).
            CREATE TABLE meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
            """)
    }

    /// Outcome, confirmation and per-field confidence on incidents and their sources; the incident a
    /// mention refers to.
    private static func addV2(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE incident ADD COLUMN outcome TEXT;               -- impacted, intercepted, no damage
            ALTER TABLE incident ADD COLUMN confirmation TEXT;          -- claimed, confirmed
            ALTER TABLE incident ADD COLUMN uncertainFields TEXT NOT NULL DEFAULT ''; -- 'date:default; location:inferred'
            ALTER TABLE incident ADD COLUMN linkedIncidentId INTEGER REFERENCES incident(id) ON DELETE SET NULL;
            ALTER TABLE incident ADD COLUMN locationCandidates TEXT NOT NULL DEFAULT ''; -- bases joined by '; '
            ALTER TABLE incidentSource ADD COLUMN locationCandidates TEXT NOT NULL DEFAULT '';
            ALTER TABLE incidentSource ADD COLUMN outcome TEXT;
            ALTER TABLE incidentSource ADD COLUMN confirmation TEXT;
            ALTER TABLE incidentSource ADD COLUMN uncertainFields TEXT NOT NULL DEFAULT '';
            CREATE INDEX incident_linked ON incident(linkedIncidentId);
            """)
    }

    /// Scale: an index for every sort column (so the table reads only the window it shows, by
    /// keyset, in either direction), and a per-kind-and-country tally kept by triggers (so the
    /// header's counts never scan the table).
    private static func createV4(_ db: Database) throws {
        try db.execute(sql: """
            -- The date tie-breaker of every sort, never NULL, so that keyset comparisons work on it.
            ALTER TABLE incident ADD COLUMN dateKey TEXT GENERATED ALWAYS AS (coalesce(date, '')) VIRTUAL;

            -- One index per sort column: the column, then the tie-breakers, then kind (so counts
            -- over a range of the index need not read the table).
            DROP INDEX incident_date;
            CREATE INDEX incident_sort_date ON incident(date, id, kind);
            CREATE INDEX incident_sort_country ON incident(country, dateKey, id, kind);
            CREATE INDEX incident_sort_location ON incident(location, dateKey, id, kind);
            CREATE INDEX incident_sort_weapons ON incident(weapons, dateKey, id, kind);
            CREATE INDEX incident_sort_usKilled ON incident(usKilled, dateKey, id, kind);
            CREATE INDEX incident_sort_usInjured ON incident(usInjured, dateKey, id, kind);
            CREATE INDEX incident_sort_claimedBy ON incident(claimedBy, dateKey, id, kind);
            CREATE INDEX incident_sort_sourceCount ON incident(sourceCount, dateKey, id, kind);

            -- Incidents per kind and country (NULL country as ''), kept by triggers inside the
            -- writing transaction like the monthly rollup.
            CREATE TABLE incidentTally (
                kind TEXT NOT NULL,
                country TEXT NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (kind, country)
            ) WITHOUT ROWID;
            INSERT INTO incidentTally(kind, country, count)
                SELECT kind, coalesce(country, ''), count(*) FROM incident GROUP BY 1, 2;

            CREATE TRIGGER incident_tally_insert AFTER INSERT ON incident BEGIN
                INSERT INTO incidentTally(kind, country, count) VALUES (NEW.kind, coalesce(NEW.country, ''), 1)
                ON CONFLICT(kind, country) DO UPDATE SET count = count + 1;
            END;
            CREATE TRIGGER incident_tally_delete AFTER DELETE ON incident BEGIN
                UPDATE incidentTally SET count = count - 1 WHERE kind = OLD.kind AND country = coalesce(OLD.country, '');
                DELETE FROM incidentTally WHERE count <= 0;
            END;
            CREATE TRIGGER incident_tally_update AFTER UPDATE OF kind, country ON incident BEGIN
                UPDATE incidentTally SET count = count - 1 WHERE kind = OLD.kind AND country = coalesce(OLD.country, '');
                DELETE FROM incidentTally WHERE count <= 0;
                INSERT INTO incidentTally(kind, country, count) VALUES (NEW.kind, coalesce(NEW.country, ''), 1)
                ON CONFLICT(kind, country) DO UPDATE SET count = count + 1;
            END;
            """)
    }
}
