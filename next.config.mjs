import { createRequire } from "node:module";

/**
 * Plain JavaScript on purpose: a TypeScript config makes `next start` load the SWC
 * compiler to read it, which costs resident memory per server and a slower start
 * (docs/benchmarks.md). The production-settings check runs before `npm run build` (scripts/check-production-settings.ts)
 * and when a server starts (src/instrumentation.ts).
 *
 * @type {import("next").NextConfig}
 */
const require = createRequire(import.meta.url);
const securityHeaders = require("./src/server/security-headers.json");

/** The API's security headers (src/server/security-headers.ts builds the same), for answers Next makes itself. */
const apiSecurityHeaders = {
  "content-security-policy": securityHeaders.apiContentSecurityPolicy,
  ...securityHeaders.common,
  "permissions-policy": securityHeaders.permissionsPolicyFeatures
    .map((feature) => `${feature}=()`)
    .join(", "),
};

/**
 * The build `npm start` makes for itself (scripts/prepare-start.mjs sets MJPRO_START_BUILD) skips
 * the type check: `npm test` runs `tsc` before it, and the deploy build (`npm run build`) checks.
 */
const startBuild = process.env.MJPRO_START_BUILD === "1";

const nextConfig = {
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: startBuild },
  // read at run time through a path the bundler cannot see, so named here for Vercel's file tracing
  outputFileTracingIncludes: { "/**": ["./content/catalog.json"] },
  reactStrictMode: true,
  // API routes set these themselves (src/server/http.ts route()); this covers what Next
  // answers without them, such as OPTIONS and errors raised before a route runs
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: Object.entries(apiSecurityHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
  images: {
    // the images port builds srcset URLs itself from the same widths; these lists are what the optimizer accepts
    deviceSizes: require("./src/adapters/images/web-widths.json"),
    imageSizes: [64, 128],
    // local images only (production's come from Cloudinary, f_auto): WebP, since Next's AVIF
    // costs several times the CPU per image for about the same bytes on these (docs/operations.md "Images")
    formats: ["image/webp"],
    qualities: [75],
    minimumCacheTTL: 86400,
    localPatterns: [{ pathname: "/media/**", search: "" }],
  },
};

export default nextConfig;
