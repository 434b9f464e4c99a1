#!/usr/bin/env python3
"""Loads a run's graph files with NetworkX and checks they agree with each other and with the run.

Usage: python3 Scripts/check_graph.py OUTPUT_DIR

Checks: graph.graphml and graph.json load; both have the same nodes, edges and attributes;
node and edge counts equal report.json's; nodes.csv/edges.csv have the Neo4j headers and the
same counts; the seed article's entities and edges are there when the seed is in the run.
Exit status 0 when all checks pass, 1 otherwise.
"""
import csv
import json
import sys

import networkx as nx


def main(directory):
    failures = []

    def check(condition, message):
        if not condition:
            failures.append(message)

    graphml = nx.read_graphml(f"{directory}/graph.graphml")
    with open(f"{directory}/graph.json") as handle:
        node_link = nx.node_link_graph(json.load(handle), edges="links")
    with open(f"{directory}/report.json") as handle:
        report = json.load(handle)

    check(set(graphml.nodes) == set(node_link.nodes), "GraphML and JSON nodes differ")
    check(graphml.number_of_edges() == node_link.number_of_edges(), "GraphML and JSON edge counts differ")
    check(node_link.number_of_nodes() == report["graph"]["nodes"], "node count differs from report.json")
    check(node_link.number_of_edges() == report["graph"]["edges"], "edge count differs from report.json")
    for node, data in graphml.nodes(data=True):
        other = node_link.nodes[node]
        for key in ("name", "label", "mentions", "documents"):
            check(data.get(key) == other.get(key), f"{node}: {key} differs ({data.get(key)!r} vs {other.get(key)!r})")
        check(isinstance(data.get("mentions"), int), f"{node}: mentions is not typed int in GraphML")

    with open(f"{directory}/nodes.csv", newline="") as handle:
        rows = list(csv.reader(handle))
    check(rows[0][:3] == ["id:ID", "name", ":LABEL"], f"nodes.csv header {rows[0]}")
    check(len(rows) - 1 == node_link.number_of_nodes(), "nodes.csv row count")
    with open(f"{directory}/edges.csv", newline="") as handle:
        rows = list(csv.reader(handle))
    check(rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"], f"edges.csv header {rows[0]}")
    check(len(rows) - 1 == node_link.number_of_edges(), "edges.csv row count")

    if "PERSON:Colin Kahl" in node_link:
        for node in ["PERSON:Wendy Sherman", "GPE:Russia", "GPE:Iran", "GPE:United States", "GPE:North Korea"]:
            check(node in node_link, f"missing node {node}")

        def has_edge(source, target, relation):
            return any(data.get("relation") == relation for data in node_link.get_edge_data(source, target, default={}).values())

        check(has_edge("GPE:Iran", "GPE:Russia", "CO_MENTION"), "missing Iran–Russia co-mention")
        check(has_edge("PERSON:Colin Kahl", "GPE:Russia", "QUOTES"), "missing Kahl → Russia quote edge")
        check(has_edge("PERSON:Wendy Sherman", "PERSON:Putin", "QUOTES"), "missing Sherman → Putin quote edge")

    for failure in failures:
        print("FAIL:", failure)
    print(f"graph check: {node_link.number_of_nodes()} nodes, {node_link.number_of_edges()} edges, "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
