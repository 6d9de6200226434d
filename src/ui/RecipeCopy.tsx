"use client";

import { useMemo } from "react";
import { useCopyModel } from "@/client/copy-model";
import { useSubject } from "@/client/subject";
import {
  parametersOnly,
  promptOnly,
  type RecipeSpec,
  type WrittenRecipe,
  withSubject,
  writeRecipe,
} from "@/domain/catalog/recipe";
import { modelLabel } from "@/domain/midjourney/versions";
import { CopyButton } from "./CopyButton";
import { RecipeText } from "./RecipeText";

/** The recipe as this browser copies it: written for the model it copies for, with its subject. */
export function useCopiedRecipe(spec: RecipeSpec): {
  written: WrittenRecipe;
  subject: string;
  model: string;
} {
  const model = useCopyModel();
  const subject = useSubject();
  const written = useMemo(() => writeRecipe(spec, model || undefined), [spec, model]);
  return { written, subject, model: model || spec.model || "" };
}

/** Copy for a recipe, for the model this browser copies for and with its subject; says so when it cannot work there. */
export function RecipeCopy({
  spec,
  label,
  className,
}: {
  spec: RecipeSpec;
  label: string;
  className?: string;
}) {
  const { written, subject, model } = useCopiedRecipe(spec);
  if (!written.ok)
    return (
      <span className="copy-refused" title={written.reason}>
        Not on {modelLabel(model)}
        <span className="visually-hidden">: {written.reason}</span>
      </span>
    );
  return <CopyButton text={withSubject(written.recipe, subject)} label={label} className={className} />;
}

/** The recipe's text as Copy copies it, or why it cannot work on the model this browser copies for. */
export function RecipeTextFor({ spec }: { spec: RecipeSpec }) {
  const { written, subject, model } = useCopiedRecipe(spec);
  if (!written.ok)
    return (
      <span className="recipe-refused">
        This recipe cannot work on {modelLabel(model)}: {written.reason}.
      </span>
    );
  return <RecipeText text={withSubject(written.recipe, subject)} />;
}

/** What writing the recipe for the chosen model changed, each with why. */
export function RecipeChanges({ spec }: { spec: RecipeSpec }) {
  const { written, model } = useCopiedRecipe(spec);
  if (!written.ok || written.changes.length === 0) return null;
  return (
    <ul className="recipe-changes" aria-label={`Written for ${modelLabel(model)}`}>
      {written.changes.map((change) => (
        <li key={change.short} title={change.why}>
          For {modelLabel(model)}: {change.short} <span className="change-why">({change.why})</span>
        </li>
      ))}
    </ul>
  );
}

/** "Copy prompt only" (when there is a prompt or a subject) and "Copy parameters only". */
export function CopyVariants({ spec, label }: { spec: RecipeSpec; label: string }) {
  const { written, subject } = useCopiedRecipe(spec);
  if (!written.ok) return null;
  const prompt = promptOnly(written.recipe, subject);
  return (
    <>
      {prompt ? (
        <CopyButton
          text={prompt}
          label={`prompt only of ${label}`}
          visibleLabel="Copy prompt only"
          className="button secondary small"
        />
      ) : null}
      <CopyButton
        text={parametersOnly(written.recipe)}
        label={`parameters only of ${label}`}
        visibleLabel="Copy parameters only"
        className="button secondary small"
      />
    </>
  );
}
