import { ArrivedMark } from "./ArrivedMark";
import { AccountLink } from "./auth/AccountLink";
import { PlanLink } from "./billing/PlanLink";
import { HeartIcon, SearchIcon } from "./icons";
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
        <nav aria-label="Main" className="header-nav shown-once-whole">
          <a href="/search" className="search-link" aria-label="Search">
            <SearchIcon />
          </a>
          <a href="/search" className="nav-browse">
            Browse
          </a>
          <SurpriseLink />
          <a href="/liked" className="nav-liked">
            <HeartIcon />
            <span className="nav-liked-text">Liked</span>
          </a>
          {/* each slot is as wide as the widest of its states, so nothing moves when the browser learns who is here */}
          <div className="nav-slot account-slot">
            <span className="account-link nav-slot-sizer" aria-hidden="true">
              Sign in
            </span>
            <span className="account-link nav-slot-sizer" aria-hidden="true">
              Account
            </span>
            <AccountLink />
          </div>
          <div className="nav-slot plan-slot">
            <span className="button small nav-slot-sizer" aria-hidden="true">
              Pro
            </span>
            <span className="plan-badge nav-slot-sizer" aria-hidden="true">
              <span>✓</span> Pro
            </span>
            <PlanLink />
          </div>
          <ArrivedMark />
        </nav>
      </div>
    </header>
  );
}
