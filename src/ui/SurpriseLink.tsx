"use client";

import { useRouter } from "next/navigation";
import { type MouseEvent, useState } from "react";
import { api } from "@/client/api";
import { usePlan } from "@/client/plan";
import { randomSeed } from "@/client/random-seed";
import { DiceIcon } from "./icons";

interface OneStyle {
  items: { slug: string }[];
}

/**
 * "Surprise me": a random style. The link is /surprise, which redirects to a random free
 * style (no token travels with it); a Pro member's browser instead draws from every
 * style through the API with the member's token, and opens that one.
 */
export function SurpriseLink() {
  const plan = usePlan();
  const router = useRouter();
  const [drawing, setDrawing] = useState(false);

  const onClick = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      plan !== "pro" ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    if (drawing) return;
    setDrawing(true);
    const answer = await api<OneStyle>(`/api/styles?sort=random&seed=${randomSeed()}&limit=1`, {
      auth: true,
    });
    const slug = answer.ok ? answer.data.items[0]?.slug : undefined;
    setDrawing(false);
    if (slug) router.push(`/styles/${slug}`);
    else window.location.assign("/surprise");
  };

  return (
    <a href="/surprise" className="surprise-link" onClick={onClick} aria-busy={drawing || undefined}>
      <DiceIcon />
      <span className="surprise-text">Surprise me</span>
    </a>
  );
}
