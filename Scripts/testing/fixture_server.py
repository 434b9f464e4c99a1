#!/usr/bin/env python3
"""A local HTTP server for the fetch tests: serves fixed answers on 127.0.0.1 only.

Prints its port on the first line of stdout, then serves until killed. Paths:
/ok (ETag + Last-Modified, answers 304 to a matching If-None-Match), /missing (404),
/flaky (500 once, then 200), /redirect/N (a chain of N redirects ending at /ok),
/loop/a <-> /loop/b, /slow (3 s before answering), /big (2 MB), /latin1 (ISO-8859-1 declared),
/wrong-charset (ISO-8859-1 bytes labelled UTF-8), /gzip (Content-Encoding: gzip),
/stats (JSON: requests per path, user agents seen, conditional requests).
"""
import gzip
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = (
    "<html><head><title>Caf\u00e9 news</title></head><body><article>"
    "<p>Tony Blair met Gordon Brown at the caf\u00e9 in London on Monday, officials said.</p>"
    "<p>The two men talked for an hour about the budget, the health service and the coming election.</p>"
    "<p>\"We agree on more than people think,\" Mr Brown told reporters outside afterwards.</p>"
    "</article></body></html>"
)
lock = threading.Lock()
counts = {}
agents = set()
conditional = []


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        with lock:
            counts[self.path] = counts.get(self.path, 0) + 1
            seen = counts[self.path]
            agents.add(self.headers.get("User-Agent", ""))
            if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                conditional.append(self.path)
        html = [("Content-Type", "text/html; charset=utf-8")]
        path = self.path
        if path == "/ok":
            validators = [("ETag", '"v1"'), ("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")]
            if self.headers.get("If-None-Match") == '"v1"':
                return self.send(304, b"", validators)
            return self.send(200, ARTICLE.encode("utf-8"), html + validators)
        if path == "/missing":
            return self.send(404, b"not here", html)
        if path == "/flaky":
            if seen == 1:
                return self.send(500, b"try again", html)
            return self.send(200, ARTICLE.encode("utf-8"), html)
        if path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/ok" if left == 0 else "/redirect/%d" % (left - 1)
            return self.send(302, b"", [("Location", target)])
        if path == "/loop/a":
            return self.send(301, b"", [("Location", "/loop/b")])
        if path == "/loop/b":
            return self.send(301, b"", [("Location", "http://127.0.0.1:%d/loop/a" % self.server.server_port)])
        if path == "/slow":
            time.sleep(3)
            return self.send(200, ARTICLE.encode("utf-8"), html)
        if path == "/big":
            return self.send(200, b"<p>" + b"x" * (2 << 20) + b"</p>", html)
        if path == "/latin1":
            return self.send(200, ARTICLE.encode("latin-1"), [("Content-Type", "text/html; charset=ISO-8859-1")])
        if path == "/wrong-charset":
            return self.send(200, ARTICLE.encode("latin-1"), html)
        if path == "/gzip":
            return self.send(200, gzip.compress(ARTICLE.encode("utf-8")), html + [("Content-Encoding", "gzip")])
        if path == "/stats":
            with lock:
                body = json.dumps({"counts": counts, "agents": sorted(agents), "conditional": conditional})
            return self.send(200, body.encode("utf-8"), [("Content-Type", "text/plain")])
        return self.send(404, b"unknown", html)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
def exit_when_stdin_closes():
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
print(server.server_port, os.getpid(), flush=True)
server.serve_forever()
