"""A local stand-in for the Telegram Bot API: an `http.server` on a spare loopback port, in a
thread, that records every request and answers as told.

By default every call succeeds with a new message id. `fail_next("429", retry_after=…)`,
`fail_next("500")` and `fail_next("drop")` (close the connection without an answer) script the
next answers in order; `down_url()` is the address of a port where nothing listens.
"""

import email.parser
import email.policy
import json
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


@dataclass
class Call:
    token: str
    method: str
    fields: dict
    files: dict = field(default_factory=dict)

    @property
    def text(self):
        return self.fields.get("caption") or self.fields.get("text") or ""


def parse_multipart(content_type, body):
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields, files = {}, {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if part.get_filename():
            files[name] = (part.get_filename(), payload)
        else:
            fields[name] = payload.decode("utf-8")
    return fields, files


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        api = self.server.api
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        content_type = self.headers.get("Content-Type", "")
        if content_type.startswith("multipart/form-data"):
            fields, files = parse_multipart(content_type, body)
        else:
            fields = {key: values[-1] for key, values in parse_qs(body.decode()).items()}
            files = {}
        _empty, bot, method = self.path.split("/", 2)
        api.record(Call(bot.removeprefix("bot"), method, fields, files))
        answer = api.next_answer()
        if answer["kind"] == "drop":
            # Close without a status line: the client sees the connection dropped.
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        self.send_json(answer["status"], answer["payload"])

    def send_json(self, status, payload):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        pass


class FakeBotAPI:
    def __init__(self):
        self.calls = []
        self.script = []
        self.message_ids = iter(range(1001, 10**6))
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.api = self
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.server.server_address
        return f"http://{host}:{port}"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def record(self, call):
        with self.lock:
            self.calls.append(call)

    def fail_next(self, kind, retry_after=None):
        with self.lock:
            self.script.append((kind, retry_after))

    def next_answer(self):
        with self.lock:
            kind, retry_after = self.script.pop(0) if self.script else ("ok", None)
        if kind == "ok":
            result = {"message_id": next(self.message_ids)}
            return {"kind": kind, "status": 200, "payload": {"ok": True, "result": result}}
        if kind == "drop":
            return {"kind": kind}
        payload = {"ok": False, "error_code": int(kind), "description": f"Error {kind}"}
        if retry_after is not None:
            payload["parameters"] = {"retry_after": retry_after}
        return {"kind": kind, "status": int(kind), "payload": payload}


def down_url():
    """http:// address of a loopback port that refuses connections (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
