// The raw node:http limit of this machine: a bare server answering every request with the same
// bytes as the static file the bench uses as its baseline (no framework, no routing, no I/O).
// Usage: PORT=4101 BODY_FILE=.next/static/chunks/x.css node bench/raw-http-server.mjs
import http from "node:http";
import { readFileSync } from "node:fs";

const body = readFileSync(process.env.BODY_FILE);
http
  .createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/css; charset=utf-8", "content-length": body.length });
    response.end(body);
  })
  .listen(Number(process.env.PORT ?? 4101), "127.0.0.1");
