/** The header's search box: a plain GET form, so it works before (and without) JavaScript. */
export function SiteSearch() {
  return (
    <form className="site-search" role="search" action="/search" method="get">
      <label htmlFor="site-search-q" className="visually-hidden">
        Search people, pairs and claims
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        placeholder="Search people, pairs, claims"
        autoComplete="off"
        maxLength={200}
        enterKeyHint="search"
      />
      <button type="submit">Search</button>
    </form>
  );
}
