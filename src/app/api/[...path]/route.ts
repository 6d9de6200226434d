import { errorResponse, route } from "@/server/http";

/** Any /api path no route serves: a JSON 404, not the HTML not-found page. */
const notFound = route((request) =>
  errorResponse("not_found", `No API endpoint at ${new URL(request.url).pathname}.`),
);

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
