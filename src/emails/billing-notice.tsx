import { Body, Container, Head, Heading, Html, Preview, Text } from "@react-email/components";
import { render } from "@react-email/render";

const colors = { bg: "#0f0f11", text: "#ece8e1", muted: "#a29d95" };
const sans = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif';
const serif = "ui-serif, Georgia, 'Times New Roman', serif";

export const BILLING_NOTICES = ["payment_confirmed", "payment_failed", "subscription_ended"] as const;
export type BillingNotice = (typeof BILLING_NOTICES)[number];

const dateText = (ms: number) =>
  new Date(ms).toLocaleDateString("en", { dateStyle: "long", timeZone: "UTC" });

/** The words of each billing mail: plain, no links to third parties, no tracking. */
export function billingNoticeText(
  notice: BillingNotice,
  details: { until?: number; dataKeptUntil?: number },
) {
  switch (notice) {
    case "payment_confirmed":
      return {
        subject: "Your mjpro Pro payment went through",
        heading: "Thank you: Pro is yours",
        lines: [
          "Your payment went through and every recipe in the library is unlocked.",
          details.until ? `Your current period runs until ${dateText(details.until)}.` : "",
          "Manage or cancel any time from your account page.",
        ],
      };
    case "payment_failed":
      return {
        subject: "Your mjpro payment did not go through",
        heading: "Your payment did not go through",
        lines: [
          "We could not take the payment for your Pro subscription. Your card provider may have declined it.",
          "Pro stays on while the payment is retried over the next days. Update your card from your account page (Manage billing).",
        ],
      };
    case "subscription_ended":
      return {
        subject: "Your mjpro Pro subscription has ended",
        heading: "Your Pro subscription has ended",
        lines: [
          "Pro recipes are locked again; free recipes and your likes stay.",
          details.dataKeptUntil
            ? `We keep your account data for 90 days in case you come back, until ${dateText(details.dataKeptUntil)}, then delete it.`
            : "We keep your account data for 90 days in case you come back, then delete it.",
        ],
      };
  }
}

function BillingNoticeEmail({ heading, lines }: { heading: string; lines: string[] }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{heading}</Preview>
      <Body style={{ backgroundColor: colors.bg, fontFamily: sans, margin: 0, padding: "32px 0" }}>
        <Container style={{ maxWidth: "520px", padding: "0 24px" }}>
          <Heading style={{ color: colors.text, fontFamily: serif, fontWeight: 500, fontSize: "24px" }}>
            {heading}
          </Heading>
          {lines.filter(Boolean).map((line) => (
            <Text key={line} style={{ color: colors.text, fontSize: "16px", lineHeight: "24px" }}>
              {line}
            </Text>
          ))}
          <Text style={{ color: colors.muted, fontSize: "13px" }}>mjpro · Midjourney style recipes</Text>
        </Container>
      </Body>
    </Html>
  );
}

export async function renderBillingNotice(
  notice: BillingNotice,
  details: { until?: number; dataKeptUntil?: number } = {},
): Promise<{ subject: string; html: string; text: string }> {
  const { subject, heading, lines } = billingNoticeText(notice, details);
  const element = <BillingNoticeEmail heading={heading} lines={lines} />;
  return { subject, html: await render(element), text: await render(element, { plainText: true }) };
}
