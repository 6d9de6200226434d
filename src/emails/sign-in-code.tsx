import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";

export interface SignInCodeProps {
  /** Six digits. */
  code: string;
  /** How long the code stays valid. */
  minutes: number;
}

/**
 * The code leads the subject, so the phone's notification shows it and nobody has to open the
 * mail. A subject therefore may hold a code: nothing logs subjects (src/server/log.ts redacts
 * the key and masks six digits anywhere). The preview line repeats nothing.
 */
export const signInCodeSubject = (code: string) => `${code} is your mjpro code`;

// Brand colours from src/app/globals.css; system fonts only, so nothing loads from a third party.
const colors = { bg: "#0f0f11", raised: "#17171a", line: "#2a2a2e", text: "#ece8e1", muted: "#a29d95" };
const accent = "#e9b872";
const sans = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif';
const serif = "ui-serif, Georgia, 'Times New Roman', serif";
const mono = 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Courier New", monospace';

const paragraph = { color: colors.text, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" };
const small = { color: colors.muted, fontSize: "13px", lineHeight: "20px", margin: "0" };

export function SignInCodeEmail({ code, minutes }: SignInCodeProps) {
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="dark" />
        <meta name="supported-color-schemes" content="dark" />
      </Head>
      <Preview>{`Sign in to mjpro. The code is valid for ${minutes} minutes.`}</Preview>
      <Body style={{ backgroundColor: colors.bg, fontFamily: sans, margin: "0", padding: "32px 0" }}>
        <Container style={{ maxWidth: "480px", padding: "0 24px" }}>
          <Text
            style={{
              color: colors.text,
              fontFamily: serif,
              fontSize: "24px",
              lineHeight: "32px",
              margin: "0 0 32px",
            }}
          >
            mjpro
          </Text>
          <Text style={paragraph}>Here is your code to sign in to mjpro:</Text>
          <Section
            style={{
              backgroundColor: colors.raised,
              border: `1px solid ${colors.line}`,
              borderRadius: "12px",
              margin: "0 0 24px",
              padding: "20px 0",
              textAlign: "center",
            }}
          >
            <Text
              style={{
                color: accent,
                fontFamily: mono,
                fontSize: "40px",
                fontWeight: 700,
                letterSpacing: "8px",
                lineHeight: "48px",
                margin: "0",
                userSelect: "all",
              }}
            >
              {code}
            </Text>
          </Section>
          <Text style={paragraph}>{`It expires in ${minutes} minutes and works once.`}</Text>
          <Text style={paragraph}>
            If you did not ask for this code, you can ignore this mail. Nobody can sign in without it.
          </Text>
          <Hr style={{ borderColor: colors.line, margin: "32px 0 16px" }} />
          <Text style={small}>
            mjpro, a library of Midjourney style recipes. We never send marketing mail.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export async function renderSignInCodeMail(
  props: SignInCodeProps,
): Promise<{ subject: string; html: string; text: string }> {
  if (!/^\d{6}$/.test(props.code)) throw new Error("A sign-in code is six digits");
  const element = <SignInCodeEmail {...props} />;
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: signInCodeSubject(props.code), html, text };
}
