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
