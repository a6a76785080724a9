#!/usr/bin/env python3
"""Loopback HTTP and HTTPS server for the WebDownload tests.

Usage: httpserver.py ROOT CERT KEY
Serves ROOT on two ephemeral loopback ports (plain and TLS) and prints
"http=<port> https=<port>" once both listen. Extra routes:
  /redirect/<path>   302 to /<path>
  /chunked/<path>    the file at /<path> with Transfer-Encoding: chunked
  /status/<code>     an empty response with that status
"""
import http.server
import os
import ssl
import sys
import threading


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.startswith("/redirect/"):
            self.send_response(302)
            self.send_header("Location", "/" + self.path[len("/redirect/"):])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path.startswith("/status/"):
            code = int(self.path[len("/status/"):])
            self.send_response(code)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path.startswith("/chunked/"):
            name = os.path.join(self.server.root, self.path[len("/chunked/"):])
            with open(name, "rb") as f:
                data = f.read()
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(data), 1000):
                piece = data[i:i + 1000]
                self.wfile.write(b"%x\r\n" % len(piece) + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
            return
        super().do_GET()

    def translate_path(self, path):
        return os.path.join(self.server.root, path.split("?", 1)[0].lstrip("/"))


def serve(root, context):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.root = root
    if context:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def main():
    root, cert, key = sys.argv[1:4]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    http_port = serve(root, None)
    https_port = serve(root, context)
    print("http=%d https=%d" % (http_port, https_port), flush=True)
    sys.stdin.read()  # exit when the test closes our stdin


if __name__ == "__main__":
    main()
