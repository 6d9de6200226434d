import { processWide } from "./process-wide";

/**
 * Responses whose body is a string the server already holds. Reading a web Response's
 * body copies it once more: for the API's 130 KB pages, under load, that was about 20 MB
 * more waiting for the collector. server.mjs (src/server/direct) sends the string itself
 * instead; Next reads the body as usual.
 */
const texts = processWide("textBodies", () => new WeakMap<Response, string>());
export function textResponse(text: string, init: ResponseInit): Response {
  const response = new Response(text, init);
  texts.set(response, text);
  return response;
}

/** The string a textResponse was made from, while its body has not been read. */
export function unreadText(response: Response): string | undefined {
  return response.bodyUsed ? undefined : texts.get(response);
}
