import type { ModelFitView } from "@/domain/catalog/style-view";

/** "Works on V8.2 with --sv 4 · V7 · Niji 7 with --sv 4", and the models it cannot work on. */
export function WorksOn({ fits }: { fits: ModelFitView[] }) {
  const works = fits.filter((fit) => fit.works);
  const not = fits.filter((fit) => !fit.works);
  return (
    <p className="works-on" data-testid="works-on">
      {works.length > 0 ? (
        <>
          Works on{" "}
          {works.map((fit, i) => (
            <span key={fit.model} className="works-on-model">
              {i > 0 ? " · " : ""}
              {fit.model}
              {fit.changes.length > 0 ? ` ${fit.changes.join(", ")}` : ""}
            </span>
          ))}
        </>
      ) : null}
      {not.length > 0 ? (
        <span className="works-on-not">
          {works.length > 0 ? ". " : ""}Not on {not.map((fit) => fit.model).join(", ")}
        </span>
      ) : null}
    </p>
  );
}
