# The standard library's HTTP server builds a handler for each request
# and calls its do_<METHOD>; a socketserver handler's handle runs per
# connection's request.
import json
import socketserver
from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # entry: http-server
        self.send_response(200)
        self.end_headers()
        self.wfile.write(json.dumps(self.status()).encode())

    def do_POST(self):  # entry: http-server
        self.send_response(204)
        self.end_headers()

    def status(self):
        return {"ok": True}


class Echo(socketserver.StreamRequestHandler):
    def handle(self):  # entry: http-server
        self.wfile.write(self.rfile.readline())


def main():  # startup: main
    HTTPServer(("", 8000), Handler).serve_forever()


if __name__ == "__main__":
    main()
