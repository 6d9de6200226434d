import { authContext } from "@/server/auth";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { clientIp, readJson } from "@/server/request";
import { requestCodeInput } from "@/services/auth/inputs";
import { requestCode } from "@/services/auth/request-code";

/**
 * 202 whether or not the email has an account: the answer must not tell. `challenge`
 * goes with the code to POST /api/auth/verify; `resendAfterSeconds` is when another code may be asked for.
 */
export const POST = route(async (request) => {
  const input = parseOrThrow(requestCodeInput, await readJson(request));
  const { challenge, resendAfterSeconds } = await requestCode(authContext(), {
    email: input.email,
    ip: clientIp(request),
  });
  return privateJson(
    {
      status: "sent",
      message: "If that address can receive mail, a code is on its way.",
      challenge,
      resendAfterSeconds,
    },
    { status: 202 },
  );
});

export const GET = methodNotAllowed(["POST"]);
