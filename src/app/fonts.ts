import localFont from "next/font/local";

// Self-hosted from the @fontsource package (no font CDN); next/font sizes a fallback font to
// match, so headings do not shift when it arrives. Not preloaded: headings read fine in the
// fallback for the moment it takes, and a preload competes with the first images and scripts
// on a slow phone connection (Lighthouse mobile: style page 93 -> 98 without font preloads).
// Body text uses the system's UI font: the 49 KB Inter file was the largest download before
// the first paint (home 92 -> 96).
export const serif = localFont({
  src: "../../node_modules/@fontsource-variable/fraunces/files/fraunces-latin-wght-normal.woff2",
  variable: "--font-fraunces",
  weight: "100 900",
  display: "swap",
  preload: false,
});
