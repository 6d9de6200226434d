import "server-only";
import http from "node:http";
import { SOCKET_ADDRESS_HEADER } from "./client-address";
import { processWide } from "./process-wide";

type Emit = http.Server["emit"];

/**
 * Writes each request's socket address into SOCKET_ADDRESS_HEADER as the request arrives.
 * Next's route handlers never see the socket, and Next fills X-Forwarded-For with it only
 * when the client sent none, so without this a client could name any address it likes.
 * Requests that arrive while the server is still starting, before this runs, carry no such
 * header and count as what X-Forwarded-For says.
 */
export function stampSocketAddresses(): void {
  // once per process: a second copy of this module must not wrap emit again
  processWide("socketAddressStamp", () => {
    install();
    return true;
  });
}

function install(): void {
  const emit: Emit = http.Server.prototype.emit;
  const stamped = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const request = args[0];
    if (event === "request" && request instanceof http.IncomingMessage) {
      request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
  http.Server.prototype.emit = stamped as Emit;
}
