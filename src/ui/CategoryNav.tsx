import { CATEGORIES } from "@/domain/catalog/taxonomy";

/** Category links; scrolls sideways on narrow screens instead of widening the page. */
export function CategoryNav({ current }: { current?: string }) {
  return (
    <nav aria-label="Categories" className="category-nav">
      <ul>
        <li>
          <a href="/" aria-current={current === undefined ? "page" : undefined}>
            All
          </a>
        </li>
        {CATEGORIES.map((category) => (
          <li key={category.slug}>
            <a
              href={`/category/${category.slug}`}
              aria-current={current === category.slug ? "page" : undefined}
            >
              {category.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
