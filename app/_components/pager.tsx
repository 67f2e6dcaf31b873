import Link from "next/link";

/** Links to the first, previous, next and last pages of a paged list, and where the reader is. */
export function Pager({
  page,
  pageCount,
  href,
  label,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? (
        <>
          <Link href={href(1)}>« First</Link>
          <Link href={href(page - 1)} rel="prev">
            ‹ Previous
          </Link>
        </>
      ) : null}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <>
          <Link href={href(page + 1)} rel="next">
            Next ›
          </Link>
          <Link href={href(pageCount)}>Last »</Link>
        </>
      ) : null}
    </nav>
  );
}
