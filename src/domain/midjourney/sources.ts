import type { Source } from "./row";

/**
 * The pages the model table (models.ts) cites, by key: each with who wrote it, the day it
 * was read and what the table takes from it.
 */

const READ = "2026-12-07";

export const SOURCES = {
  styleReference: {
    url: "https://docs.midjourney.com/v1/docs/style-reference",
    by: "Midjourney",
    read: READ,
    says: "--sref URLs and random, with Midjourney and Niji version 6; --sv 1-4, 4 default; --sw 0-1000, 100 default; URL1::2 URL2::1",
  },
  personalization: {
    url: "https://docs.midjourney.com/hc/en-us/articles/32433330574221-Personalization",
    by: "Midjourney",
    read: READ,
    says: "personalization works with versions 6, 6.1, 7 and Niji 6; a V6 global profile code works in V7 prompts",
  },
  personalizationV6: {
    url: "https://docs.midjourney.com/docs/personalization",
    by: "Midjourney",
    read: READ,
    says: "personalization works with 6, 6.1 and Niji 6; Niji personalization is separate",
  },
  srefV7: {
    url: "https://updates.midjourney.com/style-references-for-v7/",
    by: "Midjourney",
    read: "2026-09-27",
    says: "16 June 2025: style references rewritten, --sv 6 default; old codes need --sv 4 (quoted in MIDJOURNEY.md; not in the search corpus)",
  },
  srefRewrite: {
    url: "https://www.qwe.edu.pl/tutorial/midjourney-style-reference-how-to-use",
    by: "third party",
    read: READ,
    says: "style references rewritten on 16 June 2025; older codes need --sv 4",
  },
  srefVersionsTested: {
    url: "https://geekycuriosity.substack.com/p/complete-comparison-and-testing-guide",
    by: "third party",
    read: READ,
    says: "V7 numeric codes: only --sv 4 (legacy) and --sv 6; URLs take all six",
  },
  versions: {
    url: "https://wikiblah.com/wiki/midjourney",
    by: "third party",
    read: READ,
    says: "release dates: V5.2 22 Jun 2023, V6 21 Dec 2023, V6.1 31 Jul 2024, V7 Apr 2025, V8 17 Mar 2026",
  },
  v7Guide: {
    url: "https://docs.evolink.ai/en/api-manual/image-series/midjourney/midjourney-v7-prompt-guide",
    by: "third party",
    read: READ,
    says: "V7 parameters: --q 1/2/4, --exp 0-100, --iw 0-3, --raw, --draft; no --stop",
  },
  omniReference: {
    url: "https://prompt-faqs.notion.site/Parameter-oref-Omni-Reference-299024c0a17e81d38080c028f44894cb",
    by: "third party",
    read: READ,
    says: "--oref with --ow 1-1000, 100 default; replaces --cref in V7",
  },
  characterReference: {
    url: "https://www.socialsamosa.com/news-2/midjourney-character-reference-ai-image-creation-4349354",
    by: "third party",
    read: READ,
    says: "--cref only on V6 and Niji 6; --cw 0-100",
  },
  v7Dates: {
    url: "https://brainmatterfilms.com/midjourney-tips",
    by: "third party",
    read: READ,
    says: "V7 3 Apr 2025, default 17 Jun 2025; V8 alpha 17 Mar 2026; V8.1 30 Apr 2026; on V8.1 no --oref, --q, --no, multi-prompts, draft",
  },
  v81: {
    url: "https://atlascloud.ai/zh/models/midjourney/v8.1/text-to-image",
    by: "third party",
    read: READ,
    says: "V8.1 alpha 14 Apr 2026, released 30 Apr 2026, default 10 Jun 2026",
  },
  v81Guide: {
    url: "https://docs.evolink.ai/en/api-manual/image-series/midjourney/midjourney-v8-1-prompt-guide",
    by: "third party",
    read: READ,
    says: "V8.1 parameters: --sw 0-1000, --exp 0-100, --iw 0-3, --raw; --v 8.1",
  },
  v82Default: {
    url: "https://www.skills.sh/mike-coulbourn/claude-vibes/midjourney-prompting",
    by: "third party",
    read: READ,
    says: "verified September 2026: the default is V8.2; covers V7, V8.1, V8.2 and Niji 7",
  },
  niji7: {
    url: "https://bitsminds.com/guides/midjourney-image-guide",
    by: "third party",
    read: READ,
    says: "Niji 7 released 9 Jan 2026, better sref performance; V8 --hd",
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
