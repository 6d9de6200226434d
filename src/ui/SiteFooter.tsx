export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container footer-row">
        <p>
          <strong>mjpro</strong> · Midjourney style recipes, tested and ready to copy. No tracking, no
          cookies.
        </p>
        <nav aria-label="Footer">
          <a href="/search">All styles</a>
          <a href="/pricing">Pro</a>
          <a href="/privacy">Privacy</a>
          <a href="/terms">Terms</a>
          <a href="/sitemap.xml">Sitemap</a>
        </nav>
      </div>
    </footer>
  );
}
