import { authContext } from "@/server/auth";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { clientIp, readJson } from "@/server/request";
import { verifyCodeInput } from "@/services/auth/inputs";
import { verifyCode } from "@/services/auth/verify-code";

export const POST = route(async (request) => {
  const input = parseOrThrow(verifyCodeInput, await readJson(request));
  const signedIn = await verifyCode(authContext(), {
    email: input.email,
    challenge: input.challenge,
    code: input.code,
    ageConfirmed: input.ageConfirmed ?? false,
    ip: clientIp(request),
  });
  return privateJson(signedIn);
});

export const GET = methodNotAllowed(["POST"]);
