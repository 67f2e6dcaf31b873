import Link from "next/link";

export default function NotFound() {
  return (
    <section className="not-found">
      <p className="eyebrow">404</p>
      <h1>We have no receipts for that</h1>
      <p className="lede">The page you asked for does not exist, or is not published.</p>
      <p>
        <Link href="/" className="button">
          See the trending pairs
        </Link>
      </p>
    </section>
  );
}
