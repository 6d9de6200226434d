// Types for tests that import the plain-JavaScript config (next.config.mjs says why it is not TypeScript).
import type { NextConfig } from "next";

declare const nextConfig: NextConfig;
export default nextConfig;
