import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { type CategorySlug, findCategory } from "@/domain/catalog/taxonomy";
import { pageContext } from "@/server/context";
import { filtersQuery, type PageSearchParams, readListQuery } from "@/server/page-query";
import { listStyles } from "@/services/styles/list-styles";
import { CategoryNav } from "@/ui/CategoryNav";
import { StyleGrid } from "@/ui/StyleGrid";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const category = findCategory((await params).slug);
  if (!category) return { title: "Category not found" };
  return {
    title: `${category.name} Midjourney styles`,
    description: `${category.blurb} Midjourney sref codes, moodboards and prompts in the ${category.name} category.`,
    alternates: { canonical: `/category/${category.slug}` },
  };
}

export default async function CategoryPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: PageSearchParams;
}) {
  const category = findCategory((await params).slug);
  if (!category) notFound();
  const slug: CategorySlug = category.slug;
  const { input } = await readListQuery(searchParams, { keys: ["cursor"], fixed: { category: slug } });
  const page = listStyles(pageContext(), input);
  return (
    <>
      <section className="intro">
        <p className="eyebrow">Category</p>
        <h1>{category.name}</h1>
        <p>{category.blurb}</p>
      </section>
      <CategoryNav current={slug} />
      <div className="section-head">
        <h2>{category.name} styles</h2>
        <p>{page.total} styles</p>
      </div>
      <StyleGrid
        styles={page.items}
        nextCursor={page.nextCursor}
        remaining={page.remaining}
        baseQuery={filtersQuery({ category: slug })}
        label={`${category.name} styles`}
      />
    </>
  );
}
