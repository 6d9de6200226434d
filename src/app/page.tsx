import { pageContext } from "@/server/context";
import { type PageSearchParams, readListQuery } from "@/server/page-query";
import { listStyles } from "@/services/styles/list-styles";
import { CategoryNav } from "@/ui/CategoryNav";
import { StyleGrid } from "@/ui/StyleGrid";

export default async function HomePage({ searchParams }: { searchParams: PageSearchParams }) {
  const { input } = await readListQuery(searchParams, { keys: ["cursor"] });
  const page = listStyles(pageContext(), input);
  return (
    <>
      <section className="intro">
        <p className="eyebrow">Midjourney style library</p>
        <h1>Style recipes that hold up, ready to copy.</h1>
        <p>
          {page.total} curated sref codes, moodboards and prompts, each copied for the model version you use
          and shown with the images it made. Free recipes copy in one click, no account needed.
        </p>
      </section>
      <CategoryNav />
      <div className="section-head">
        <h2>Newest styles</h2>
        <p>{page.total} styles</p>
      </div>
      <StyleGrid
        styles={page.items}
        nextCursor={page.nextCursor}
        remaining={page.remaining}
        baseQuery=""
        label="Styles"
      />
    </>
  );
}
