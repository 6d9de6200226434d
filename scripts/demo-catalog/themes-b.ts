import { parseThemes } from "./theme-type";

export const PAINTERLY = parseThemes(`
Impasto Sunset Field | golden 25 | mountains/botanical | impasto oil-paint | Thick, warm sunset colour laid on in heavy, buttery strokes.
Gouache Coastline | pastel 190 | seascape/mountains | gouache plein-air | Matte gouache seas and chalky pastel skies with visible brush edges.
Watercolor Bloom | pastel 330 m-40 a20 | blobs/botanical | watercolor expressive | Soft pigment blooms bleeding into damp paper in rose and lilac.
Tonalist Marsh | muted 60 a-20 | seascape/mountains | tonalism oil-paint | Hazy olive and umber tones gathered around a single glowing horizon.
Plein Air Alps | vivid 205 m-85 a-155 | mountains/seascape | plein-air oil-paint brushwork | Fresh alpine blues and sunlit greens painted quickly outdoors.
Sumi Mist Peaks | paper 5 | mountains/waves | sumi-e brushwork | Ink-wash peaks dissolving into pale mist with a single red seal accent.
Luminist Harbor | golden 40 | seascape/mountains | luminist romanticism | Glassy still water and radiant, golden atmospheric light.
Palette Knife Garden | vivid 350 m140 a20 | botanical/blobs | palette-knife impasto | Chunky knife-laid leaves in saturated greens and crimson.
Romantic Storm Sea | moody 200 a-160 | seascape/mountains | romanticism oil-paint expressive | Turbulent dark seas with a break of dramatic pale light.
Pastel Chalk Dunes | pastel 30 m240 a10 | waves/mountains | pastel-chalk expressive | Powdery chalk bands of peach, sand and lavender.
Fresco Sky Fragments | earthy 200 | blobs/arches | fresco | Faded sky blues and ochres with a dry, plastered fresco surface.
Oil Night Orchard | moody 250 a-200 | botanical/mountains | oil-paint brushwork | Deep blue-violet night foliage with thick lamplit highlights.
Gouache Hills Afternoon | earthy 90 | mountains/botanical | gouache plein-air | Flat, matte hills in olive and ochre under calm afternoon light.
Expressive Ember Waves | vivid 10 m-15 a35 | waves/blobs | expressive brushwork | Swirling bands of ember red and orange in energetic strokes.
Watercolor Lagoon | pastel 175 | seascape/blobs | watercolor plein-air | Transparent turquoise washes and soft-edged clouds over a calm lagoon.
`);

export const GRAPHIC = parseThemes(`
Risograph Summer | ink 20 a190 | bauhaus/waves | risograph duotone | Overprinted coral and blue shapes with grainy, slightly misaligned ink.
Bauhaus Primary | ink 0 a50 | bauhaus/arches | bauhaus geometric modernist | Circles, quarter-discs and bars in red, yellow and blue on cream.
Swiss Grid Poster | ink 210 a-200 | bauhaus/lowpoly | swiss-style grid poster | Strict grid blocks, bold colour fields and plenty of clean paper.
Duotone Pulse | vivid 280 m170 a175 | waves/lowpoly | duotone bold-shapes | Two-tone stacked waves in violet and lime with hard edges.
Memphis Pop Grid | vivid 50 m120 a-120 | bauhaus/waves | memphis geometric | Playful geometric blocks in candy colours with cheeky 80s energy.
Constructivist Red | ink 0 a40 | bauhaus/lowpoly | constructivist poster bold-shapes | Leaning blocks and discs in poster red, black and paper cream.
Faceted Flat Mountains | vivid 220 m-30 a-40 | lowpoly/waves | flat-design geometric | Crisp triangular facets shading from deep blue to bright teal.
Arch Gateway Print | earthy 20 | arches/bauhaus | screenprint modernist | Stacked arches and suns in terracotta, sand and olive.
Op Art Ripple | mono 0 | waves/bauhaus | op-art geometric | Tight black and grey ripples with a single electric accent band.
Halftone Heat | vivid 15 m-15 a35 | arches/synthwave | halftone poster | A hot red-orange sun and bold bands with a printed, halftone feel.
Modernist Harbor Poster | ink 200 a-170 | waves/arches | modernist poster flat-design | Flat navy sea bands under a cream sky in a mid-century poster layout.
Geometric Dusk Tiles | dusk 250 | bauhaus/lowpoly | geometric grid | Tiled half-circles and squares shifting from indigo to apricot.
Lowpoly Ember | moody 15 a15 | lowpoly/synthwave | geometric bold-shapes | Charcoal triangles glowing into ember orange along a diagonal.
Citrus Flat Sun | vivid 40 m-25 a30 | arches/bauhaus | flat-design poster | Zesty lemon and tangerine shapes framing a big flat sun.
Mint Screenprint Stripes | pastel 160 a180 | waves/bauhaus | screenprint duotone | Mint, cream and coral stripes printed in slightly rough layers.
`);

export const FANTASY = parseThemes(`
Celestial Tide | dusk 260 | cosmic/seascape | celestial cosmic otherworldly | Ringed worlds rising over a violet horizon in a sky thick with stars.
Dragon Spine Ridges | moody 10 a20 | mountains/dunes | dragon dark-fantasy epic | Jagged crimson-lit ridges under a smoky, ember-filled sky.
Enchanted Grove Glow | moody 150 a30 | botanical/mountains | enchanted-forest ethereal | Bioluminescent leaves glowing teal in a deep emerald forest.
Crystal Dune Sea | pastel 270 m-20 a40 | dunes/cosmic | crystal otherworldly dreamscape | Lavender dunes under a pale sky with a faint crystalline shimmer.
Ruins at Moonrise | dusk 220 | mountains/cosmic | ruins mythic | Silver-blue ridges and broken silhouettes under a huge rising moon.
Astral Sorcery | neon 280 | cosmic/blobs | sorcery cosmic | Swirling violet energy rings and piercing starlight in the dark.
Fairytale Peaks | pastel 200 m150 a160 | mountains/botanical | fairytale dreamscape | Sugar-soft peaks in pink and sky blue with storybook haze.
Sunken Kingdom | moody 185 a-10 | seascape/cosmic | mythic legend ethereal | Deep teal waters lit by shafts of pale light from a drowned world.
Mythic Gold Desert | golden 40 | dunes/mountains | mythic legend epic | Vast gilded dunes and a blazing sun over an ancient, legendary land.
Ethereal Lantern Sky | dusk 300 | cosmic/seascape | ethereal celestial | Magenta twilight dotted with floating lights and thin glowing rings.
Obsidian Throne Lands | mono 0 | mountains/dunes | dark-fantasy epic | Black volcanic ranges cut by a single line of molten red.
Elven Dawn Valley | golden 55 | mountains/botanical | ethereal fairytale | Soft green-gold valleys glowing in a misty dawn.
Frost Giant Pass | moody 200 a-10 | mountains/seascape | epic legend | Icy blue passes between towering peaks under a cold, pale sun.
Moonflower Garden | moody 260 a40 | botanical/cosmic | enchanted-forest ethereal | Pale luminous petals and leaves unfolding under a violet night.
Void Tide Portal | neon 190 a0 | seascape/cosmic | otherworldly sorcery | A black sea reflecting a glowing cyan portal in the sky.
`);

export const MINIMAL = parseThemes(`
Quiet Dune Study | pastel 30 | dunes/seascape | negative-space | Gentle sand curves and a vast pale sky with almost nothing else.
Japandi Arch | earthy 30 | arches/bauhaus | japandi architectural | Warm oat and clay arches in calm, balanced negative space.
Fog Horizon | muted 210 | seascape/dunes | horizon serene | A single soft horizon line dissolving into cool fog.
Soft Gradient Sun | pastel 20 m-20 a15 | blobs/arches | soft-gradient airy | A hazy peach sun melting into a gentle gradient field.
Nordic Calm Blocks | muted 200 | bauhaus/arches | scandinavian simple-shapes | Muted blue-grey blocks with generous spacing and soft paper tones.
Zen Ripple Garden | paper 40 | waves/dunes | zen negative-space | Raked-sand ripples in pale stone and ink grey.
Monoline Peaks | paper 210 | mountains/seascape | monoline quiet | Thin, quiet ridges in pale ink on an airy white ground.
Blush Aura | pastel 340 m-30 a15 | blobs/dunes | soft-gradient airy | A soft blush glow blooming in the centre of a calm field.
Sage Horizon | muted 120 | dunes/seascape | serene horizon | Low sage dunes and a chalky sky in near-silent tones.
Moon Over Plaster | earthy 35 | arches/blobs | architectural quiet | A pale moon floating over a plaster arch in warm half-light.
Slate Sea Minimal | muted 215 | seascape/dunes | horizon clean | Slate-blue water and sky split by one clean horizon.
Lilac Void | pastel 270 m-20 a20 | blobs/arches | airy negative-space | A single lilac haze drifting through clean white space.
Sandstone Grid | earthy 25 | bauhaus/arches | simple-shapes clean architectural | Sandstone and cream blocks in a calm, precise grid.
Dawn Ice Field | pastel 195 a170 | dunes/seascape | serene zen | Pale icy mounds under a faint rose dawn.
Charcoal Quiet | mono 220 | arches/blobs | quiet negative-space | Dark charcoal forms with a single soft glow in the stillness.
`);

export const RETRO = parseThemes(`
Outrun Sunset Grid | neon 300 a30 | synthwave/city | synthwave outrun 80s | A striped magenta sun over an endless glowing grid.
Vaporwave Plaza | pastel 300 m-120 a-110 | synthwave/arches | vaporwave 80s | Pastel pink and aqua skies with a dreamy, mall-at-midnight glow.
70s Sunset Stripes | golden 25 | waves/arches | 70s vintage-print | Rounded stripes of mustard, orange and brown like a 70s tee.
VHS Night City | neon 200 a-20 | city/synthwave | vhs analog 80s | A cyan-tinted skyline with fuzzy highlights and tape-worn colour.
Travel Poster Riviera | vivid 190 m180 a-150 | seascape/arches | travel-poster vintage-print | A sunny turquoise coast in bold flat shapes from a vintage travel poster.
Chrome Dream Highway | neon 260 a60 | synthwave/city | chrome retro-futurism | Violet skies, chrome reflections and neon horizon lines.
Mid-Century Sun Arches | earthy 30 | arches/bauhaus | mid-century vintage-print | Mustard suns and teal arches in a tidy mid-century composition.
Pulp Sci-Fi Dawn | vivid 20 m130 a240 | cosmic/synthwave | pulp retro-futurism | Lurid orange skies, ringed planets and a pulp-magazine glow.
Arcade Glow Grid | neon 240 a-60 | synthwave/city | arcade 80s | Electric cyan grid lines and a pixel-bright horizon.
Faded Kodak Boulevard | golden 30 | city/seascape | faded analog | Sun-faded boulevard tones with warm casts and soft lifted blacks.
Disco Ribbon Waves | vivid 320 m-30 a45 | waves/synthwave | 70s vintage-print | Glossy ribbon bands of hot pink, orange and violet.
Atomic Age Tiles | earthy 180 | bauhaus/arches | mid-century vintage-print | Teal, mustard and cream shapes with atomic-age optimism.
Retro Future Skyline | dusk 280 | city/synthwave | retro-futurism 80s | Sleek towers under a peach-to-violet sky with neon trims.
Sunset Cassette | vivid 20 m-30 a35 | synthwave/waves | 80s analog | Orange-to-pink gradients and striped suns like a cassette inlay.
Faded Postcard Peaks | muted 40 | mountains/seascape | vintage-print faded | Washed-out postcard mountains with a yellowed, aged print cast.
`);
