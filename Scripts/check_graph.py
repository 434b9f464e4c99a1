#!/usr/bin/env python3
"""Loads a run's graph files with NetworkX and checks them against each other, the SQLite database
and the run's report.

Usage: python3 Scripts/check_graph.py OUTPUT_DIR

Checks: graph.graphml, graph.gexf and graph.json load (ROLE edges counted per title); they have the nodes and edges of the
database's `entities` and `edges` tables with the same attributes (places' GeoNames facts too); the counts equal report.json's;
every entity's mention and document counts equal what the `mentions` and `document_entities` views
say, and the indexed questions use their indexes; nodes.csv and
edges.csv have the Neo4j headers and the same counts; graph.dot names every node; report.html is
self-contained; the seed article's entities and edges are there when the seed is in the run.
Exit status 0 when all checks pass, 1 otherwise.
"""
import csv
import json
import sqlite3
import sys

import networkx as nx


def edge_table(graph, relation_key="relation"):
    """(source, target, relation, title) → data, for a NetworkX multigraph read from any format
    (a ROLE edge has a title; the others have none, '' in the database)."""
    return {(s, t, d.get(relation_key), d.get("title") or ""): d for s, t, d in graph.edges(data=True)}


def main(directory):
    failures = []

    def check(condition, message):
        if not condition:
            failures.append(message)

    graphml = nx.read_graphml(f"{directory}/graph.graphml")
    gexf = nx.read_gexf(f"{directory}/graph.gexf")
    with open(f"{directory}/graph.json") as handle:
        node_link = nx.node_link_graph(json.load(handle), edges="links")
    with open(f"{directory}/report.json") as handle:
        report = json.load(handle)
    db = sqlite3.connect(f"{directory}/newsgraph.sqlite")
    db.row_factory = sqlite3.Row

    entities = {row["id"]: row for row in db.execute("SELECT * FROM entities")}
    edges = {(r["source"], r["target"], r["relation"], r["title"]): r for r in db.execute("SELECT * FROM edges")}
    check(len(entities) == report["graph"]["nodes"], "entities table differs from report.json's node count")
    check(len(edges) == report["graph"]["edges"], "edges table differs from report.json's edge count")
    documents = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    check(documents == report["succeeded"], f"documents table has {documents} rows, report.json {report['succeeded']}")

    # GEXF keeps the name in its own `label` and the entity label in `type`.
    formats = {
        "graphml": (graphml, "label"),
        "gexf": (gexf, "type"),
        "json": (node_link, "label"),
    }
    for name, (graph, label_key) in formats.items():
        check(set(graph.nodes) == set(entities), f"{name}: nodes differ from the entities table")
        check(graph.number_of_edges() == len(edges), f"{name}: {graph.number_of_edges()} edges, table {len(edges)}")
        for node, data in graph.nodes(data=True):
            row = entities.get(node)
            if row is None:
                continue
            for key, expected in (("name", row["name"]), (label_key, row["label"]), ("mentions", row["mentions"]),
                                  ("documents", row["documents"]), ("first_published", row["first_published"])):
                check(data.get(key) == expected, f"{name}: {node}: {key} is {data.get(key)!r}, table {expected!r}")
            check(isinstance(data.get("mentions"), int), f"{name}: {node}: mentions is not typed int")
            # A place's GeoNames facts: absent (NULL in the table) where unknown.
            for key in ("geonames_id", "country_code", "feature_class", "latitude", "longitude", "place_reason"):
                check(data.get(key) == row[key], f"{name}: {node}: {key} is {data.get(key)!r}, table {row[key]!r}")
        for key, data in edge_table(graph).items():
            row = edges.get(key)
            check(row is not None, f"{name}: edge {key} not in the edges table")
            if row is not None:
                check(int(data.get("weight")) == row["weight"], f"{name}: {key}: weight {data.get('weight')!r}")
                check(data.get("documents") == row["documents"], f"{name}: {key}: documents {data.get('documents')!r}")
                check(data.get("first_published") == row["first_published"],
                      f"{name}: {key}: first_published {data.get('first_published')!r}")

    # Mentions point at graph nodes after cross-document resolution: the counts must agree,
    # near-copies of earlier documents left out as the graph leaves them out (unless the run
    # counted them: `--keep-duplicates`, report.json's `duplicates.counted_in_graph`).
    report = json.load(open(directory + "/report.json"))
    copies_counted = report.get("duplicates", {}).get("counted_in_graph", True)
    originals = "" if copies_counted else " WHERE document IN (SELECT id FROM documents WHERE duplicate_of IS NULL)"
    counted = {
        row[0]: (row[1], row[2])
        for row in db.execute(
            "SELECT entity, COUNT(*), COUNT(DISTINCT document) FROM mentions" + originals + " GROUP BY entity")
    }
    for node, row in entities.items():
        if row["label"] == "DOCUMENT":
            continue
        check(counted.get(node) == (row["mentions"], row["documents"]),
              f"{node}: mentions table counts {counted.get(node)}, entity row ({row['mentions']}, {row['documents']})")
    merged = db.execute("SELECT COUNT(*) FROM mentions WHERE entity != key").fetchone()[0]
    # document_entities is mentions counted per document and key.
    per_document = db.execute("""
        SELECT COUNT(*) FROM (SELECT document, key, COUNT(*) AS n FROM mentions GROUP BY document, key) m
        FULL JOIN document_entities e ON e.document = m.document AND e.key = m.key
        WHERE e.mentions IS NOT m.n""").fetchone()[0]
    check(per_document == 0, f"document_entities disagrees with mentions on {per_document} rows")
    # The questions the database is indexed for never scan a table.
    for question in ("SELECT document FROM document_entities WHERE entity = 'x'",
                     "SELECT text FROM quotes WHERE speaker_entity = 'x'",
                     "SELECT text FROM mentions WHERE document = 1",
                     "SELECT text FROM quotes WHERE document = 1",
                     "SELECT target FROM edges WHERE relation = 'CO_MENTION' ORDER BY weight DESC LIMIT 5"):
        plan = " | ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + question))
        check("SCAN" not in plan, f"{question}: {plan}")

    with open(f"{directory}/nodes.csv", newline="") as handle:
        rows = list(csv.reader(handle))
    check(rows[0][:3] == ["id:ID", "name", ":LABEL"], f"nodes.csv header {rows[0]}")
    check(len(rows) - 1 == len(entities), "nodes.csv row count")
    with open(f"{directory}/edges.csv", newline="") as handle:
        rows = list(csv.reader(handle))
    check(rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"], f"edges.csv header {rows[0]}")
    check(len(rows) - 1 == len(edges), "edges.csv row count")
    with open(f"{directory}/graph.dot") as handle:
        dot = handle.read()
    check(dot.startswith("digraph newsgraph {"), "graph.dot does not start a digraph")
    check(dot.count(" -> ") == len(edges), "graph.dot edge count")
    with open(f"{directory}/report.html") as handle:
        page = handle.read()
    check("<script" not in page and "src=\"http" not in page, "report.html loads something from outside")
    check("Top entities by label" in page, "report.html lacks the entities section")

    if "PERSON:Colin Kahl" in node_link:
        for node in ["PERSON:Wendy Sherman", "GPE:Russia", "GPE:Iran", "GPE:United States", "GPE:North Korea"]:
            check(node in node_link, f"missing node {node}")

        def has_edge(source, target, relation, title=""):
            return (source, target, relation, title) in edges

        check(has_edge("GPE:Iran", "GPE:Russia", "CO_MENTION"), "missing Iran–Russia co-mention")
        russia = entities["GPE:Russia"]
        check((russia["geonames_id"], russia["country_code"], russia["feature_class"]) == (2017370, "RU", "A")
              and russia["latitude"] is not None, f"GPE:Russia's place is {tuple(russia)[-6:]}")
        check(has_edge("PERSON:Colin Kahl", "GPE:Russia", "QUOTES"), "missing Kahl → Russia quote edge")
        check(has_edge("PERSON:Wendy Sherman", "PERSON:Vladimir Putin", "QUOTES")
              or has_edge("PERSON:Wendy Sherman", "PERSON:Putin", "QUOTES"), "missing Sherman → Putin quote edge")
        check(has_edge("PERSON:Wendy Sherman", "GPE:United States", "ROLE", "Deputy Secretary of State"),
              "missing Sherman → Deputy Secretary of State → United States role edge")
        check("Deputy Secretary of State" in json.loads(entities["PERSON:Wendy Sherman"]["roles"]),
              "Wendy Sherman's roles lack Deputy Secretary of State")
        kahl = [row[0] for row in db.execute(
            "SELECT text FROM quotes WHERE speaker_entity = 'PERSON:Colin Kahl'")]
        check(len(kahl) >= 1, "no quotes by Colin Kahl in the database")

    for failure in failures[:50]:
        print("FAIL:", failure)
    print(f"graph check: {len(entities)} nodes, {len(edges)} edges, {documents} documents, "
          f"{merged} mentions resolved across documents; graphml, gexf, json and sqlite agree; "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
