import localFont from "next/font/local";

// Self-hosted from the @fontsource package (no font CDN). next/font preloads it and sizes a
// fallback font to match; without the preload the heading arrived late enough on a desktop
// to rewrap the home page's title and move everything below it (CLS 0.024).
// Body text uses the system's UI font: the 49 KB Inter file was the largest download before
// the first paint (Lighthouse mobile, home 92 -> 95 to 96 over three runs each).
export const serif = localFont({
  src: "../../node_modules/@fontsource-variable/fraunces/files/fraunces-latin-wght-normal.woff2",
  variable: "--font-fraunces",
  weight: "100 900",
  display: "swap",
});
