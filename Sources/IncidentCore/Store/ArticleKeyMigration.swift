import GRDB

/// Schema v6: articles keyed by an integer (their rowid, which the full-text index already uses)
/// instead of by their 64-character SHA-256, which is kept once, in `article.hash`.
/// `incidentSource`, `fact` and `reportedTotal` refer to articles by that integer. Up to v5 the hex
/// hash was stored about seven times per article (table, primary-key index, raw hash, two source
/// indexes, every fact and its index); at a million incidents that was nearly a gigabyte.
///
/// The four tables are rebuilt (copy, drop, rename — SQLite cannot change a column's type) with
/// the same rowids, so the full-text index over `article` stays valid. The unique keys become
/// named unique indexes (the same constraint, but a bulk writer can set them aside and build them
/// once), and `incidentSource_incident` is not made again because
/// `incidentSource_incident_article` begins with the same column.
enum ArticleKeyMigration {
    /// The schema version (`PRAGMA user_version`) this migration brings a store to.
    static let version = 6

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE article_v6 (
                id INTEGER PRIMARY KEY,                 -- the rowid the full-text index refers to
                hash TEXT NOT NULL,                     -- SHA-256 of the canonical body (hex): the identity
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
            INSERT INTO article_v6 (id, hash, rawHash, title, body, url, outlet, published, language, fileName, ingestedAt)
                SELECT rowid, id, rawHash, title, body, url, outlet, published, language, fileName, ingestedAt
                FROM article ORDER BY rowid;

            CREATE TABLE incidentSource_v6 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                incidentId INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
                articleId INTEGER REFERENCES article(id) ON DELETE CASCADE,
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
                locationCandidates TEXT NOT NULL DEFAULT '',
                outcome TEXT,
                confirmation TEXT,
                uncertainFields TEXT NOT NULL DEFAULT ''
            );
            INSERT INTO incidentSource_v6
                SELECT s.id, s.incidentId, a.rowid, s.url, s.outlet, s.date, s.datePrecision, s.dateUncertain,
                       s.country, s.location, s.latitude, s.longitude, s.weapons, s.usKilled, s.usKilledQualifier,
                       s.usInjured, s.usInjuredQualifier, s.otherCasualties, s.claimedBy, s.attributedTo,
                       s.usResponse, s.summary, s.addedAt, s.locationCandidates, s.outcome, s.confirmation,
                       s.uncertainFields
                FROM incidentSource s LEFT JOIN article a ON a.id = s.articleId ORDER BY s.id;

            CREATE TABLE fact_v6 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                incidentId INTEGER REFERENCES incident(id) ON DELETE SET NULL,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                spanStart INTEGER NOT NULL,             -- Unicode code points into article.body
                spanEnd INTEGER NOT NULL
            );
            INSERT INTO fact_v6
                SELECT f.id, a.rowid, f.incidentId, f.field, f.value, f.spanStart, f.spanEnd
                FROM fact f JOIN article a ON a.id = f.articleId ORDER BY f.id;

            CREATE TABLE reportedTotal_v6 (
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
                articleId INTEGER REFERENCES article(id) ON DELETE CASCADE,
                sourceUrl TEXT
            );
            INSERT INTO reportedTotal_v6
                SELECT t.id, t.asOf, t.since, t.total, t.totalQualifier, t.iraq, t.syria, t.jordan, t.usInjured,
                       t.usInjuredQualifier, a.rowid, t.sourceUrl
                FROM reportedTotal t LEFT JOIN article a ON a.id = t.articleId ORDER BY t.id;

            DROP TABLE fact;
            DROP TABLE incidentSource;
            DROP TABLE reportedTotal;
            DROP TABLE article;
            ALTER TABLE article_v6 RENAME TO article;
            ALTER TABLE incidentSource_v6 RENAME TO incidentSource;
            ALTER TABLE fact_v6 RENAME TO fact;
            ALTER TABLE reportedTotal_v6 RENAME TO reportedTotal;

            CREATE UNIQUE INDEX article_hash ON article(hash);
            CREATE UNIQUE INDEX incidentSource_incident_article ON incidentSource(incidentId, articleId);
            CREATE INDEX incidentSource_article ON incidentSource(articleId);
            CREATE INDEX fact_article ON fact(articleId);
            CREATE INDEX reportedTotal_asOf ON reportedTotal(asOf);

            CREATE TRIGGER article_search_insert AFTER INSERT ON article BEGIN
                INSERT INTO articleSearch(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
            END;
            CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN
                INSERT INTO articleSearch(articleSearch, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
            END;
            CREATE TRIGGER article_search_update AFTER UPDATE OF title, body ON article BEGIN
                INSERT INTO articleSearch(articleSearch, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
                INSERT INTO articleSearch(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
            END;
            """)
    }
}
