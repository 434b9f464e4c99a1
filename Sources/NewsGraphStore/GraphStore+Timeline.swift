import GRDB

extension GraphStore {
    /// Writes the `timeline` table (graph node × day × mentions × documents), after
    /// ``finish(graph:mergedKeys:)``.
    package func writeTimeline(_ rows: [(entity: String, day: String, mentions: Int, documents: Int)]) throws {
        try database.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE timeline (
                        entity TEXT NOT NULL,
                        day TEXT NOT NULL,
                        mentions INTEGER NOT NULL,
                        documents INTEGER NOT NULL,
                        PRIMARY KEY (entity, day)
                    ) WITHOUT ROWID
                    """)
            var row = RowInserter(
                try db.makeStatement(
                    sql: "INSERT INTO timeline (entity, day, mentions, documents) VALUES (?, ?, ?, ?)"), in: db)
            for value in rows {
                row.bind(value.entity)
                row.bind(value.day)
                row.bind(value.mentions)
                row.bind(value.documents)
                try row.step()
            }
            // "Who was named on this day": the other way in.
            try db.execute(sql: "CREATE INDEX timeline_day ON timeline(day, mentions DESC)")
        }
    }
}

extension GraphStore {
    /// An entity's days, oldest first: mentions and documents on each.
    package func timeline(of entity: String) throws -> [(day: String, mentions: Int, documents: Int)] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT day, mentions, documents FROM timeline WHERE entity = ? ORDER BY day",
                arguments: [entity]
            ).map { ($0["day"], $0["mentions"], $0["documents"]) }
        }
    }
}

extension GraphStore {
    /// "Rising this week", from the `timeline` table: the last `week` days that have dated
    /// documents against the `week` before them (days with data, not calendar days, so a corpus
    /// with gaps still compares two equal stretches of news).
    package struct Risers: Sendable {
        /// The compared days, oldest first: up to `2 × week`; the last ``recentDays`` are "this week".
        package var days: [String]
        package var recentDays: Int
        /// Entities named more this week than the week before, largest increase first.
        package var entities: [(entity: String, recent: Int, before: Int)]
        /// Mentions per day of ``days`` (0 where none), for the first `charted` entities.
        package var daily: [String: [Int]]
    }

    package func risers(limit: Int, charted: Int, week: Int = 7) throws -> Risers {
        try database.read { db in
            // Newest first, on the `timeline_day` index.
            let newest = try String.fetchAll(
                db, sql: "SELECT DISTINCT day FROM timeline ORDER BY day DESC LIMIT ?", arguments: [2 * week])
            guard let oldest = newest.last else { return Risers(days: [], recentDays: 0, entities: [], daily: [:]) }
            let recentDays = min(week, newest.count)
            let recentFrom = newest[recentDays - 1]
            let entities = try Row.fetchAll(
                db,
                sql: """
                    SELECT entity, SUM(CASE WHEN day >= :recent THEN mentions ELSE 0 END) AS recent,
                        SUM(CASE WHEN day < :recent THEN mentions ELSE 0 END) AS before
                    FROM timeline WHERE day >= :oldest GROUP BY entity HAVING recent > before
                    ORDER BY recent - before DESC, recent DESC, entity LIMIT :limit
                    """,
                arguments: ["recent": recentFrom, "oldest": oldest, "limit": limit]
            ).map { (entity: $0["entity"] as String, recent: $0["recent"] as Int, before: $0["before"] as Int) }
            let days = Array(newest.reversed())
            let position = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0) })
            var daily: [String: [Int]] = [:]
            for riser in entities.prefix(charted) {
                var counts = [Int](repeating: 0, count: days.count)
                for row in try Row.fetchAll(
                    db, sql: "SELECT day, mentions FROM timeline WHERE entity = ? AND day >= ?",
                    arguments: [riser.entity, oldest])
                {
                    if let index = position[row["day"] as String] { counts[index] = row["mentions"] }
                }
                daily[riser.entity] = counts
            }
            return Risers(days: days, recentDays: recentDays, entities: entities, daily: daily)
        }
    }
}
