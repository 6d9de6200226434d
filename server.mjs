// The production server `npm start` runs: Next.js behind a plain node:http server that
// answers the hottest requests itself (src/server/direct/routes.ts) and hands the rest
// to Next. Next's own `next start` would cost 1.3 to 2.3 ms of CPU per request before any
// of the app's code runs. Vercel does not use this file; there Next serves everything.
//
//   node server.mjs [-p PORT] [-H HOSTNAME]     (defaults: $PORT or 3000, all interfaces)
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

process.env.NODE_ENV = "production";
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// page copies are rendered by asking this server itself: on this port, and at the one
// address it listens on when it is given one (src/server/page-cache.ts renderTarget)
process.env.PORT = String(port);
if (values.hostname && !["0.0.0.0", "::"].includes(values.hostname))
  process.env.MJPRO_LISTEN_HOST = values.hostname;

const { default: next } = await import("next");
const app = next({
  dev: false,
  dir: path.dirname(new URL(import.meta.url).pathname),
  port,
  hostname: values.hostname,
});
const handle = app.getRequestHandler();
await app.prepare();

// set by src/instrumentation.ts inside Next's bundle while Next starts; until then, and for
// every request the direct routes do not take, Next answers
const DIRECT_ROUTES = Symbol.for("mjpro.directRoutes");

const server = createServer((req, res) => {
  const direct = globalThis[DIRECT_ROUTES];
  if (typeof direct === "function" && direct(req, res, handle)) return;
  handle(req, res);
});
server.listen(port, values.hostname, () => {
  console.log(`mjpro: listening on http://${values.hostname ?? "localhost"}:${port}`);
});

// on a stop, finish the requests in flight (for at most 10 s), then exit
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
