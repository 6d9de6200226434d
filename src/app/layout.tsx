import "./globals.css";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { TOKEN_KEY } from "@/client/token-key";
import { getEnv } from "@/server/env";
import { AccountSync } from "@/ui/AccountSync";
import { LeaveNotice } from "@/ui/LeaveNotice";
import { SiteFooter } from "@/ui/SiteFooter";
import { SiteHeader } from "@/ui/SiteHeader";
import { fraunces } from "./fonts";

export const dynamic = "force-dynamic";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().siteUrl),
    title: { default: "mjpro: Midjourney style recipes", template: "%s · mjpro" },
    description:
      "A curated library of Midjourney style recipes: sref codes, moodboards and prompts, each tested and shown with example images. Copy any free recipe in one click.",
    applicationName: "mjpro",
    openGraph: { siteName: "mjpro", type: "website" },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  themeColor: "#0f0f11",
  colorScheme: "dark",
  width: "device-width",
  initialScale: 1,
};

/**
 * Runs before the first paint: marks <html> when a sign-in token is in this browser, so
 * CSS shows members a placeholder where a visitor sees a lock (src/ui/CardRecipe.tsx).
 */
const MEMBER_MARK = `try{if(localStorage.getItem(${JSON.stringify(TOKEN_KEY)}))document.documentElement.setAttribute("data-member","")}catch(e){}`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // the member mark is added by the script before React hydrates
    <html lang="en" className={fraunces.variable} suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant, nonce'd script that must run before paint */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: MEMBER_MARK }} />
      </head>
      <body>
        {/* shown only on pages with a grid of results (globals.css) */}
        <a href="#results" className="skip-link skip-to-results">
          Skip to results
        </a>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="container">
          <LeaveNotice />
          {children}
        </main>
        <SiteFooter />
        <AccountSync />
      </body>
    </html>
  );
}
