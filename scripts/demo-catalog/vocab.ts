import type { CategorySlug } from "../../src/domain/catalog/taxonomy";
import type { Mood } from "./palette";
import type { FamilyId } from "./types";

/** Composition families that suit each category; a style's second family comes from here. */
export const CATEGORY_FAMILIES: Record<CategorySlug, readonly FamilyId[]> = {
  cinematic: ["mountains", "city", "figure", "seascape", "dunes"],
  photography: ["figure", "seascape", "mountains", "blobs", "city"],
  "3d": ["clay", "cosmic", "lowpoly", "blobs"],
  anime: ["figure", "city", "mountains", "cosmic", "seascape"],
  illustration: ["waves", "botanical", "mountains", "bauhaus", "arches"],
  painterly: ["mountains", "botanical", "seascape", "waves", "blobs"],
  graphic: ["bauhaus", "lowpoly", "arches", "waves", "synthwave"],
  fantasy: ["cosmic", "mountains", "dunes", "botanical", "seascape"],
  minimal: ["arches", "dunes", "blobs", "seascape", "bauhaus", "mountains", "waves"],
  retro: ["synthwave", "city", "waves", "arches", "bauhaus", "seascape", "cosmic", "mountains"],
};

/** Second sentence of a description: the overall finish of the look. */
export const MOOD_FINISH: Record<Mood, readonly string[]> = {
  neon: [
    "Inky blacks, saturated glow and sharp reflections.",
    "Crushed shadows with electric highlights bleeding into the dark.",
  ],
  moody: [
    "Low-key light, cool shadows and a restrained palette.",
    "Heavy atmosphere with deep shadows and one warm accent.",
  ],
  golden: ["Warm, low-angle light with soft highlights.", "Honeyed tones and a gentle glow over everything."],
  pastel: ["Airy, light-filled and softly saturated.", "Powdery colour and gentle contrast throughout."],
  vivid: ["Bold saturated colour with crisp contrast.", "Punchy colour blocks and bright, confident light."],
  earthy: ["Warm, earthy tones with a tactile matte finish.", "Sun-faded clay, sand and olive hues."],
  mono: ["Near-monochrome with a single colour accent.", "Stark tonal contrast and graphic shadow shapes."],
  ink: ["Clean paper ground with flat, bold ink colour.", "Crisp printed colour on warm off-white stock."],
  dusk: ["Twilight gradients from deep indigo into warm haze.", "Soft evening colour with glowing edges."],
  muted: ["Desaturated, quiet and evenly lit.", "Soft greys and gentle colour with lots of breathing room."],
  paper: ["Pale paper tones with ink-grey shapes.", "Restrained tonal washes on a warm white ground."],
};

/** Words for full-prompt recipes: concrete subjects and technique phrases per category. */
export const PROMPT_SUBJECTS: Record<CategorySlug, readonly string[]> = {
  cinematic: [
    "a lone courier crossing a flooded overpass",
    "an abandoned radio observatory on a ridge",
    "two rival pilots at a desert refuelling post",
    "a lighthouse keeper watching a storm roll in",
  ],
  photography: [
    "a fisherman mending nets on a concrete pier",
    "a cyclist pausing under a flickering tram wire",
    "a violinist backstage before a matinee",
    "a grandmother hanging laundry on a rooftop",
  ],
  "3d": [
    "a tiny bakery diorama with a striped awning",
    "a cluster of floating marbles and capsule shapes",
    "a miniature greenhouse on a pedestal",
    "a stack of rounded pebbles and a paper boat",
  ],
  anime: [
    "a schoolgirl with a cello case on an empty train platform",
    "a courier robot delivering noodles in the rain",
    "a fox-eared shrine keeper sweeping fallen petals",
    "a young mechanic repairing a scooter at dusk",
  ],
  illustration: [
    "a hedgehog postman delivering letters in autumn",
    "a lighthouse made of stacked teacups",
    "a bicycle loaded with potted ferns",
    "a whale swimming above a sleeping town",
  ],
  painterly: [
    "a fishing village after rain",
    "a vase of peonies on a windowsill",
    "a wheat field with a distant farmhouse",
    "a harbour full of moored sailboats",
  ],
  graphic: [
    "a jazz festival poster with a saxophone motif",
    "a botanical garden opening announcement",
    "a typographic tribute to a coastal ferry line",
    "a cycling race poster with a mountain pass",
  ],
  fantasy: [
    "a sorceress reading star charts on a cliff",
    "a dragon curled around a ruined bell tower",
    "a floating monastery above an inland sea",
    "a knight resting beside a glowing crystal spring",
  ],
  minimal: [
    "a single chair facing a large window",
    "a lone tree on a salt flat",
    "a ceramic bowl with one lemon",
    "a staircase climbing into soft fog",
  ],
  retro: [
    "a convertible parked outside a roadside motel",
    "a cassette deck glowing in a dark bedroom",
    "an astronaut sipping soda on a chrome diner stool",
    "a jukebox in a seaside arcade",
  ],
};

export const PROMPT_TECHNIQUES: Record<CategorySlug, readonly string[]> = {
  cinematic: ["anamorphic 40mm lens", "shot on 65mm film", "volumetric haze, practical lights"],
  photography: [
    "Kodak Portra 400, 85mm f/1.8",
    "Ilford HP5 pushed two stops",
    "medium format, natural window light",
  ],
  "3d": [
    "octane render, soft studio lighting",
    "claymation texture, tilt-shift",
    "subsurface scattering, matte plastic",
  ],
  anime: ["cel-shaded key visual", "hand-painted background art", "90s anime broadcast frame"],
  illustration: ["gouache and coloured pencil", "flat vector shapes, subtle grain", "linocut print texture"],
  painterly: ["thick impasto oil on linen", "loose plein-air gouache", "wet-on-wet watercolour"],
  graphic: [
    "two-colour risograph print",
    "Swiss grid layout, bold geometry",
    "screenprinted poster, halftone dots",
  ],
  fantasy: ["epic matte painting", "luminous glazed oil painting", "ethereal concept art"],
  minimal: ["vast negative space", "soft diffused light, muted palette", "single subject, clean composition"],
  retro: ["1980s airbrush illustration", "faded 1970s postcard print", "VHS still, chromatic bleed"],
};

/** Lighting words for full prompts, kept apart from the public descriptions so a Pro prompt is not given away. */
export const PROMPT_LIGHT: Record<Mood, readonly string[]> = {
  neon: ["neon glow on wet asphalt", "electric signage reflections", "hard neon rim light"],
  moody: ["low-key lighting, deep shadows", "single warm practical light", "overcast night ambience"],
  golden: ["warm backlight at golden hour", "low sun with lens flare", "honey-coloured haze"],
  pastel: ["soft diffused daylight", "airy high-key light", "powdery pastel light"],
  vivid: ["bright midday sun", "saturated colour blocking", "crisp high-contrast daylight"],
  earthy: ["warm matte daylight", "sun-faded earth tones", "dusty afternoon light"],
  mono: ["stark monochrome lighting", "hard key light, black shadows", "silver-toned contrast"],
  ink: ["flat printed colour", "two-ink overprint", "off-register print texture"],
  dusk: ["blue-hour twilight", "violet dusk afterglow", "twilight gradient sky"],
  muted: ["flat overcast light", "desaturated morning haze", "quiet grey daylight"],
  paper: ["ink wash on rice paper", "pale paper ground", "misty monochrome wash"],
};
