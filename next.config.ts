import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants";
import { WEB_WIDTHS } from "./src/adapters/images/port";
import { parseEnv } from "./src/server/env";
import { assertProductionSettings } from "./src/server/production-settings";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // read at run time through a path the bundler cannot see, so named here for Vercel's file tracing
  outputFileTracingIncludes: { "/**": ["./content/catalog.json"] },
  reactStrictMode: true,
  images: {
    // the images port builds srcset URLs itself; these lists are what the optimizer accepts
    deviceSizes: [...WEB_WIDTHS],
    imageSizes: [64, 128],
    formats: ["image/avif", "image/webp"],
    qualities: [75],
    minimumCacheTTL: 86400,
    localPatterns: [{ pathname: "/media/**", search: "" }],
  },
};

export default function config(phase: string): NextConfig {
  // a production build or `next start` (on Vercel, or MJPRO_ENV=production) without its
  // settings stops here, naming them all; src/instrumentation.ts does the same on Vercel's runtime
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_PRODUCTION_SERVER)
    assertProductionSettings(parseEnv(process.env));
  return nextConfig;
}
