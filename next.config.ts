import type { NextConfig } from "next";
import { WEB_WIDTHS } from "./src/adapters/images/port";

const nextConfig: NextConfig = {
  poweredByHeader: false,
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

export default nextConfig;
