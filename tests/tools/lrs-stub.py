#!/usr/bin/env python3
"""A stand-in Learning Record Store for the tests, on 127.0.0.1 only.

POST <anything>/statements with X-Experience-API-Version 1.0.x and HTTP basic
authentication (--user, --password) stores the statements (a JSON array or one object)
as lines in --store and answers 200 with their ids. A statement whose text contains
--refuse makes the whole request fail with 400. Wrong credentials: 401.
The port (0: any free one) is written to --port-file once the server listens.
"""
import argparse
import base64
import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=0)
parser.add_argument("--port-file", required=True)
parser.add_argument("--store", required=True)
parser.add_argument("--user", default="key")
parser.add_argument("--password", default="secret")
parser.add_argument("--refuse", default=None)
options = parser.parse_args()
expected = "Basic " + base64.b64encode(f"{options.user}:{options.password}".encode()).decode()


class Handler(BaseHTTPRequestHandler):
    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        text = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
        if not self.path.endswith("/statements"):
            return self.answer(404, {"message": "no such resource"})
        if not self.headers.get("X-Experience-API-Version", "").startswith("1.0"):
            return self.answer(400, {"message": "X-Experience-API-Version missing"})
        if self.headers.get("Authorization") != expected:
            return self.answer(401, {"message": "unauthorised"})
        statements = json.loads(text)
        if isinstance(statements, dict):
            statements = [statements]
        if options.refuse and any(options.refuse in json.dumps(s) for s in statements):
            return self.answer(400, {"message": "statement refused by the stub"})
        with open(options.store, "a", encoding="utf-8") as store:
            for statement in statements:
                store.write(json.dumps(statement) + "\n")
        self.answer(200, [s["id"] for s in statements])

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", options.port), Handler)
with open(options.port_file + ".tmp", "w") as port_file:
    port_file.write(str(server.server_address[1]))
os.replace(options.port_file + ".tmp", options.port_file)
server.serve_forever()
