"use client";

import { useEffect, useState } from "react";
import { api } from "@/client/api";
import { blendHref, clearBlendPicks } from "@/client/blend";
import { BLEND_WEIGHT } from "@/domain/catalog/blend";
import type { Recipe } from "@/domain/catalog/recipe";
import { CopyButton } from "../CopyButton";
import { ModelPicker } from "../ModelPicker";
import { RecipeChanges, RecipeCopy, RecipeTextFor } from "../RecipeCopy";
import { SubjectBox } from "../SubjectBox";

interface BlendAnswer {
  recipe: Recipe;
  dropped: string[];
  notes: string[];
  styles: { id: string; slug: string; title: string; weight: number }[];
}

export interface BlendPart {
  id: string;
  weight: number;
}

/** A blend's styles with a weight each, and the one recipe they make (asked of GET /api/blend). */
export function BlendBuilder({
  initial,
  names,
}: {
  initial: BlendPart[];
  /** each style's title and page, known to the server, so a refused blend still names its styles */
  names: Record<string, { title: string; slug: string }>;
}) {
  const [parts, setParts] = useState(initial);
  const [answer, setAnswer] = useState<BlendAnswer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [titles, setTitles] = useState(names);
  const [origin, setOrigin] = useState("");
  const href = blendHref(parts);

  useEffect(() => {
    setOrigin(window.location.origin);
    window.history.replaceState(null, "", href);
    if (parts.length === 0) return;
    let cancelled = false;
    void api<BlendAnswer>(`/api${href}`, { auth: true }).then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setAnswer(result.data);
        setProblem(null);
        setTitles((known) => ({
          ...known,
          ...Object.fromEntries(result.data.styles.map((s) => [s.id, { title: s.title, slug: s.slug }])),
        }));
      } else {
        setAnswer(null);
        setProblem(result.error.message);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [href, parts.length]);

  const setWeight = (id: string, weight: number) =>
    setParts((current) => current.map((p) => (p.id === id ? { ...p, weight } : p)));

  return (
    <>
      <ul className="blend-parts" aria-label="Styles in this blend">
        {parts.map((part) => {
          const known = titles[part.id];
          const name = known?.title ?? part.id;
          return (
            <li key={part.id}>
              {known ? <a href={`/styles/${known.slug}`}>{known.title}</a> : <span>{part.id}</span>}
              <label>
                Weight
                <input
                  type="number"
                  className="input"
                  min={BLEND_WEIGHT.min}
                  max={BLEND_WEIGHT.max}
                  value={part.weight}
                  aria-label={`Weight of ${name}`}
                  onChange={(event) => {
                    const weight = Math.round(Number(event.target.value));
                    if (weight >= BLEND_WEIGHT.min && weight <= BLEND_WEIGHT.max) setWeight(part.id, weight);
                  }}
                />
              </label>
              <button
                type="button"
                className="button secondary small"
                onClick={() => setParts((current) => current.filter((p) => p.id !== part.id))}
                aria-label={`Remove ${name} from the blend`}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {answer ? (
        <section className="recipe-panel" aria-label="Blended recipe">
          <code className="recipe-text" data-testid="blend-text">
            <RecipeTextFor spec={answer.recipe.spec} />
          </code>
          <RecipeChanges spec={answer.recipe.spec} />
          <div className="recipe-actions">
            <RecipeCopy spec={answer.recipe.spec} label="blend" />
            <CopyButton
              text={`${origin}${href}`}
              label="link to this blend"
              visibleLabel="Copy link"
              className="button secondary small"
            />
            <button type="button" className="button secondary small" onClick={clearBlendPicks}>
              Clear picked styles
            </button>
          </div>
          {answer.dropped.length > 0 ? (
            <p className="blend-dropped">
              Left out, because the styles disagree on them: {answer.dropped.join(", ")}.
            </p>
          ) : null}
          {answer.notes.map((note) => (
            <p key={note} className="blend-dropped">
              {note}.
            </p>
          ))}
          <SubjectBox />
          <ModelPicker />
        </section>
      ) : null}
    </>
  );
}
