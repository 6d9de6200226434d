import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getEnv } from "@/server/env";
import { LikesSync } from "@/ui/likes/LikesSync";
import { SiteFooter } from "@/ui/SiteFooter";
import { SiteHeader } from "@/ui/SiteHeader";
import { serif } from "./fonts";

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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={serif.variable}>
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
          {children}
        </main>
        <SiteFooter />
        <LikesSync />
      </body>
    </html>
  );
}
