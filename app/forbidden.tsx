import Link from "next/link";

/** Rendered with a 403 status when a signed-in editor opens an admins-only page. */
export default function Forbidden() {
  return (
    <section className="not-found">
      <p className="eyebrow">403 · Not allowed</p>
      <h1>This page is for admins</h1>
      <p className="lede">You are signed in, but only admins can manage accounts. Ask an admin if you need a change made.</p>
      <p>
        <Link href="/editor" className="button">
          Back to the editors’ dashboard
        </Link>
      </p>
    </section>
  );
}
