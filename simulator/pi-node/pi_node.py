#!/usr/bin/env python3
"""The web server for a real Raspberry Pi in Pi Cluster Lab's real mode.

It answers like the blog's basic_node_webserver.js: every GET gets
"Hello from raspberry pi #<number> at <address>!", and HEAD (what the health check sends) gets the same
headers without a body. Python 3 only, no packages to install.

    python3 pi_node.py --number 1                      # listens on 0.0.0.0:8000
    python3 pi_node.py --number 2 --port 8000 --address 192.168.1.201
"""
import argparse
import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def own_address():
    """The address other machines reach this Pi at (no packet is sent: UDP connect only picks a route)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, nothing is sent
            return s.getsockname()[0]
    except OSError:
        return "127.0.0.1"


def handler(greeting):
    body = greeting.encode("utf-8")

    class Greeter(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _head(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()

        def do_HEAD(self):
            self._head()

        def do_GET(self):
            self._head()
            self.wfile.write(body)

        def log_message(self, fmt, *args):
            print("%s %s" % (self.client_address[0], fmt % args), flush=True)

    return Greeter


def main():
    parser = argparse.ArgumentParser(description="Pi Cluster Lab web server for a real Raspberry Pi")
    parser.add_argument("--number", type=int, default=1, help="this Pi's number, as in raspberrypi01 (default 1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument("--bind", default="0.0.0.0", help="address to listen on (default: all)")
    parser.add_argument("--address", default=None, help="address shown in the greeting (default: this Pi's)")
    args = parser.parse_args()
    address = args.address or own_address()
    greeting = "Hello from raspberry pi #%d at %s!\n" % (args.number, address)
    server = ThreadingHTTPServer((args.bind, args.port), handler(greeting))
    print("raspberry pi #%d listening on %s:%d" % (args.number, args.bind, server.server_address[1]), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
