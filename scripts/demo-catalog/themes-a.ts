import { parseThemes } from "./theme-type";

export const CINEMATIC = parseThemes(`
Neon Rain Noir | neon 300 a-120 | city/figure | noir rain night | Rain-slick streets glowing with magenta and cyan signage under a starless sky.
Teal Harbor Dusk | moody 190 a-160 | seascape/city | teal-orange haze | A cold teal harbour at dusk with a single warm light cutting through the haze.
Desert Anamorphic | golden 30 | dunes/mountains | anamorphic widescreen | Wide sun-baked dunes with long shadows and a stretched, heat-shimmering horizon.
Arctic Signal | moody 205 a-180 | mountains/seascape | sci-fi epic haze | Frozen blue ridges with a pale emergency-orange glow on the horizon.
Sodium Vapor Alley | moody 215 a-180 | city/figure | night thriller color-grade | Narrow streets washed in sodium-orange light against deep blue shadow.
Last Light Western | golden 22 | dunes/mountains | western widescreen dramatic-light | Dusty mesas under a low copper sun in warm, sun-bleached air.
Blade Smoke Skyline | neon 200 a120 | city/figure | sci-fi night volumetric-light | A towering skyline in cyan smog with hot pink signs punching through.
Monolith Horizon | mono 0 | mountains/dunes | epic dramatic-light | Stark black ridgelines against a smoky grey sky with one red sliver of light.
Violet Hour Close-Up | dusk 260 | figure/city | film-still color-grade | Intimate portraits lit by a purple dusk and a warm practical lamp.
Stormfront Epic | moody 225 a-170 | mountains/seascape | epic volumetric-light haze | Brooding storm light over layered peaks with shafts of hazy light.
Coastal Thriller | muted 180 | seascape/figure | thriller color-grade | An overcast green-grey sea, a low horizon and a tense, muted palette.
Red Planet Expedition | vivid 14 m-20 a45 | dunes/mountains | sci-fi epic widescreen | Rust-red dunes and a hazy salmon sky on an alien frontier.
Tungsten Night Drive | moody 232 a-195 | city/seascape | night film-still | Deep navy nights with warm tungsten glows and soft halation.
Silver Screen Noir | mono 210 | figure/city | noir film-still dramatic-light | High-contrast monochrome portraits with a hard key light and deep shadow.
Golden Fog Valley | golden 40 | mountains/dunes | haze volumetric-light epic | Soft golden fog pooling between ridges at first light.
`);

export const PHOTOGRAPHY = parseThemes(`
Portra Golden Hour | golden 32 | figure/seascape | film-stock 35mm portrait | Warm skin tones, creamy highlights and a low sun flaring into the lens.
Tri-X Street | mono 0 | figure/city | black-and-white street 35mm | Gritty black-and-white street frames with punchy blacks.
Cinestill Night Walk | neon 230 a150 | city/blobs | film-stock street | Night streets where every light source blooms with a red halo.
Overcast Nordic Coast | muted 200 | seascape/mountains | landscape natural-light medium-format | Flat grey-blue seas under soft overcast light with quiet, desaturated tones.
Polaroid Summer Daze | pastel 40 | seascape/figure | polaroid film-stock | Faded, sun-washed colours with lifted blacks and a warm instant-film cast.
Studio Rim Portrait | moody 25 | figure/blobs | portrait editorial fashion | A dark studio backdrop with a crisp rim light carving out the silhouette.
Bokeh Window Glow | dusk 240 | blobs/city | bokeh editorial | Out-of-focus city lights melting into warm amber and teal bokeh.
Medium Format Alpine | muted 210 | mountains/seascape | medium-format landscape natural-light | Crisp alpine layers with clean blue air and fine medium-format detail.
Kodachrome Holiday | vivid 205 m10 a175 | seascape/figure | film-stock documentary | Saturated primaries, deep blue skies and punchy reds like an old slide.
Long Exposure Tide | muted 195 | seascape/mountains | long-exposure landscape | Silky, smoothed-out water under a luminous pale sky.
Fashion Pastel Backdrop | pastel 330 | figure/blobs | fashion editorial portrait | Clean pastel backdrops, soft diffused light and glossy editorial polish.
Fuji Green Shift | earthy 100 | mountains/figure | film-stock documentary natural-light | Cool green shadows and softly faded greens in everyday scenes.
Infrared Dreamscape | pastel 340 m-20 a-140 | mountains/seascape | film-stock landscape | Foliage turned candy pink under an unreal, pale infrared sky.
Mist Morning Documentary | muted 150 | mountains/figure | documentary natural-light landscape | Soft morning mist over green hills with gentle, natural contrast.
Harbor Light Street | golden 20 | city/figure | street 35mm documentary | Late-afternoon light bouncing off harbour walls in amber and slate.
`);

export const THREE_D = parseThemes(`
Soft Clay Diorama | pastel 20 | clay/lowpoly | clay diorama soft-shadows | Chunky matte clay forms with soft studio shadows and rounded edges.
Glass Orb Studio | pastel 200 | clay/blobs | glass studio-light render | Glossy spheres and pills floating over a seamless pastel sweep.
Iridescent Chrome Blob | moody 270 a-90 | blobs/cosmic | iridescent abstract render | Liquid iridescent forms glowing purple and teal against dark space.
Low Poly Valley | vivid 200 m-80 a-150 | lowpoly/clay | low-poly render miniature | Faceted green hills under a bright sky, all made of crisp triangles.
Toy Planet | pastel 180 | cosmic/clay | toy miniature render | A tiny toy planet with candy rings floating in a soft studio void.
Claymation Sunset | golden 20 | clay/lowpoly | claymation clay soft-shadows | Handmade clay shapes lit by an orange sunset glow.
Octane Nebula | neon 260 a60 | cosmic/blobs | octane render abstract | Glowing ringed planets rendered with hot rim light in deep space.
Matte Plastic Playset | vivid 50 m170 a-60 | clay/lowpoly | plastic toy studio-light | Bright matte plastic shapes in primary colours under even studio light.
Frosted Glass Gradient | pastel 220 m-30 a45 | blobs/clay | glass abstract render | Frosted, softly refracting colour fields in cool blues and lilac.
Isometric Mint Blocks | pastel 160 a180 | lowpoly/clay | isometric low-poly | Mint and coral facets arranged like a clean isometric model.
Midnight Render Lab | moody 230 | clay/cosmic | render studio-light | Dark studio spheres with sharp specular highlights and a single coloured light.
Candy Poly Peaks | vivid 320 m-40 a30 | lowpoly/blobs | low-poly render abstract | Faceted pink and violet peaks with a sugary, saturated finish.
Miniature Moonbase | mono 210 | cosmic/clay | miniature diorama render | A small grey moon and ring set against a crisp starfield.
Peach Fuzz Forms | pastel 25 m-20 a30 | blobs/clay | soft-shadows abstract | Soft peach forms blending into each other like velvet under diffuse light.
Terrazzo Toybox | earthy 15 | clay/lowpoly | toy clay miniature | Speckled terracotta and sage shapes with a tactile, toy-like finish.
`);

export const ANIME = parseThemes(`
Summer Sky Key Visual | vivid 205 m-85 a-155 | mountains/seascape | key-visual sky cel-shading | Towering cumulus, saturated blue sky and crisp cel-shaded hills.
Neon Tokyo Lofi | neon 280 a-100 | city/figure | lofi slice-of-life | Quiet late-night streets with soft neon signs and a lo-fi calm.
Shoujo Petal Light | pastel 340 m-40 a30 | figure/cosmic | shoujo watercolor-bg | Sparkling pink light, soft gradients and dreamy portrait framing.
90s Cel Mecha Dusk | dusk 250 | city/figure | 90s-anime mecha cel-shading | An orange dusk skyline with hard cel shadows and retro broadcast colour.
Starfall Rooftop | dusk 250 | cosmic/city | sky key-visual | A violet night sky full of falling stars above quiet rooftops.
Rainy Platform Melancholy | moody 210 a-150 | city/figure | slice-of-life lofi | Blue-grey rain, glowing vending-machine light and quiet melancholy.
Seaside Slice of Life | pastel 190 | seascape/figure | slice-of-life sky watercolor-bg | Bright seaside afternoons with clean lines and airy turquoise water.
Magical Girl Aurora | neon 320 a-140 | figure/cosmic | magical-girl key-visual | Glittering magenta and cyan light swirling around a heroic silhouette.
Manga Ink Silhouette | mono 0 | figure/city | manga cel-shading | Bold black ink shapes, screentone shadows and a single red accent.
City Pop Sunset | vivid 340 m-40 a45 | city/seascape | city-pop 90s-anime | Pink and tangerine sunsets over a glittering 80s cityscape.
Forest Spirit Meadow | earthy 110 | mountains/figure | watercolor-bg slice-of-life | Lush green hills, fluffy clouds and hand-painted background warmth.
Mecha Hangar Glow | moody 200 a-170 | city/cosmic | mecha cel-shading | Cold hangar blues with warm warning lights and crisp hard-edged shading.
Twilight Train Sky | dusk 280 | mountains/seascape | sky key-visual | A huge gradient sky from lilac to peach over a tiny silhouetted horizon.
Idol Stage Spotlight | neon 300 | figure/blobs | cel-shading key-visual | Sharp spotlight beams and saturated stage colour around a bright performer.
Moonlit Shrine Path | moody 240 a-200 | cosmic/mountains | sky key-visual | A deep blue night, an oversized moon and glowing lantern accents.
`);

export const ILLUSTRATION = parseThemes(`
Ukiyo Tide | ink 210 a-175 | waves/mountains | woodcut flat-color | Curling layered waves in indigo and cream with flat woodblock colour.
Storybook Meadow | pastel 100 | mountains/botanical | storybook childrens-book whimsical | Gentle rolling hills and soft storybook colour in rounded shapes.
Botanical Ink Study | earthy 100 | botanical/arches | botanical ink linework | Fine leafy forms drawn in sage, ochre and ink on warm paper.
Editorial Flat Noon | vivid 45 m180 a-40 | bauhaus/arches | editorial flat-color vector | Confident flat shapes and a bold sunny palette made for editorial spreads.
Folk Garden Print | earthy 10 | botanical/waves | folk-art screenprint | Stylised leaves and petals in folk-art reds and greens.
Midnight Fable | moody 240 a-190 | mountains/botanical | storybook childrens-book | Deep blue hills, a big moon and a hushed bedtime-story glow.
Paper Cut Layers | pastel 190 | waves/mountains | collage flat-color | Layered paper-cut bands with soft shadows between each sheet.
Vector Desert Trip | vivid 25 m-20 a35 | mountains/arches | vector flat-color editorial | Clean vector mesas under a hot orange sky.
Naive Orchard | earthy 80 | botanical/mountains | naive whimsical folk-art | Simple, playful leaf shapes in olive, mustard and brick red.
Woodcut Nightfall | moody 220 a-180 | waves/mountains | woodcut linework | Carved dark bands of night with sharp cream highlights.
Sunny Arch Editorial | earthy 25 | arches/bauhaus | editorial flat-color | Warm terracotta arches and a round sun in calm editorial colour.
Collage Tropics | vivid 150 m180 a190 | botanical/waves | collage botanical | Oversized tropical leaves cut from saturated greens and pinks.
Linework Lake | pastel 200 | mountains/waves | linework storybook | Quiet lakeside hills with soft fills and a delicate outline rhythm.
Whimsy Wave Parade | vivid 300 m120 a-120 | waves/botanical | whimsical flat-color | Candy-coloured ribbons of wave shapes in a playful rhythm.
Screenprint Hills | ink 15 a180 | mountains/waves | screenprint vector | Two-colour screenprint hills with slightly off-register layers.
`);
