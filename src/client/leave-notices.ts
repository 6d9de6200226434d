/** After leaving, the person lands on the start page with one of these; only the browser reads them. */
const NOTICES = [
  {
    param: "account",
    value: "deleted",
    text: "Your account is deleted, with your likes and everything else we kept. Nothing of it is left in this browser either.",
  },
  {
    param: "signed-out",
    value: "1",
    text: "You are signed out, and everything mjpro kept in this browser, your likes included, was removed. Your likes stay in your account.",
  },
] as const;

export const ACCOUNT_DELETED_URL = "/?account=deleted";
export const SIGNED_OUT_URL = "/?signed-out=1";

/** The notice `url` asks for, and the same address without its parameter; null when it asks for none. */
export function takeLeaveNotice(url: URL): { text: string; rest: string } | null {
  const notice = NOTICES.find(({ param, value }) => url.searchParams.get(param) === value);
  if (!notice) return null;
  const rest = new URL(url);
  rest.searchParams.delete(notice.param);
  return { text: notice.text, rest: `${rest.pathname}${rest.search}${rest.hash}` };
}
