import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";

/** Resident memory of the process listening on `url`'s port, in MB. */
export function serverRssMb(url: string): number {
  const port = new URL(url).port;
  const listing = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = listing.match(/pid=(\d+)/)?.[1];
  if (!pid) throw new Error(`no process listens on ${port}`);
  const kb = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m)?.[1];
  return Number(kb) / 1024;
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A POST from a chosen local address (127.0.0.2 is another client as far as the server can
 * tell): what Playwright's request context cannot choose.
 */
export function postFrom(
  localAddress: string,
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: "POST",
      localAddress,
      headers: { "content-type": "application/json", ...headers },
    });
    request.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk;
      });
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
      );
    });
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * Streams `megabytes` of body without a length (chunked) and resolves with the answer as soon
 * as it comes, with how much had been sent by then; the upload stops there. Status 0: the server
 * closed the connection before its answer could be read.
 */
export function streamHugeBody(
  url: string,
  megabytes: number,
): Promise<RawAnswer & { ms: number; sentMb: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const request = http.request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    let answered = false;
    // one chunk per turn of the event loop, so an answer is read before the next write: writing on
    // after the server has answered and closed would make it reset the connection, losing the answer
    const pump = () => {
      if (answered) return;
      if (sent >= megabytes * 2 ** 20) {
        request.end();
        return;
      }
      sent += chunk.length;
      if (request.write(chunk)) setImmediate(pump);
      else request.once("drain", pump);
    };
    request.on("response", (response) => {
      answered = true;
      const ms = Date.now() - started;
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (part: string) => {
        text += part;
      });
      const settle = () => {
        request.destroy();
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: text,
          ms,
          sentMb: sent / 2 ** 20,
        });
      };
      response.on("end", settle);
      response.on("error", settle);
    });
    // the server answers and closes the connection while the upload goes on: the kernel may then
    // reset it before the answer is read, so a reset before any answer counts as a refusal (status 0)
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (answered) return;
      answered = true;
      if (error.code === "EPIPE" || error.code === "ECONNRESET")
        resolve({ status: 0, headers: {}, body: "", ms: Date.now() - started, sentMb: sent / 2 ** 20 });
      else reject(error);
    });
    pump();
  });
}
