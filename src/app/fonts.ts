import localFont from "next/font/local";

// Self-hosted from the @fontsource package (no font CDN). next/font preloads it.
// `optional`, not `swap`: a heading font that arrives after the first paint is not used on that
// page, so it can never rewrap a title and move everything below it (a late font did exactly that
// on the home page at 1440 px). The fallback is a serif sized to Fraunces' metrics.
// The export's name becomes the CSS family name: named `serif`, it was taken for the generic
// `serif` at the end of the font stack, and the late font was used after all.
// Body text uses the system's UI font: a web font for it was the largest download before
// the first paint.
export const fraunces = localFont({
  src: "../../node_modules/@fontsource-variable/fraunces/files/fraunces-latin-wght-normal.woff2",
  variable: "--font-fraunces",
  weight: "100 900",
  display: "optional",
  adjustFontFallback: "Times New Roman",
});
