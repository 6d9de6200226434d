import { AccountLink } from "./auth/AccountLink";
import { PlanLink } from "./billing/PlanLink";
import { SearchIcon } from "./icons";
import { SurpriseLink } from "./SurpriseLink";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container header-row">
        <a href="/" className="logo" aria-label="mjpro home">
          mj<span>pro</span>
        </a>
        <search>
          <form action="/search" method="get" className="header-search">
            <SearchIcon />
            <input
              type="search"
              name="q"
              placeholder="Search styles"
              aria-label="Search styles"
              maxLength={200}
            />
          </form>
        </search>
        <nav aria-label="Main" className="header-nav">
          <a href="/search" className="search-link" aria-label="Search">
            <SearchIcon />
          </a>
          <a href="/search" className="nav-browse">
            Browse
          </a>
          <SurpriseLink />
          <a href="/liked" className="nav-liked">
            Liked
          </a>
          <AccountLink />
          <PlanLink />
        </nav>
      </div>
    </header>
  );
}
