import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { pairsForPerson } from "@/lib/pairs/queries";
import { personBySlug } from "@/lib/people/queries";
import { pageAlternates } from "@/lib/site";
import { PairCard } from "@/app/_components/pair-card";
import { apiPersonPath, personPath } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = personBySlug(getDb(), (await params).slug);
  return person
    ? {
        title: person.name,
        description: person.description ?? undefined,
        alternates: pageAlternates(personPath(person.slug), { json: apiPersonPath(person.slug) }),
      }
    : {};
}

export default async function PersonPage({ params }: Props) {
  const { slug } = await params;
  const db = getDb();
  const person = personBySlug(db, slug);
  if (!person) notFound();
  const pairs = pairsForPerson(db, person.id);
  return (
    <>
      <p className="eyebrow">Person</p>
      <h1>{person.name}</h1>
      {person.description ? <p className="lede">{person.description}</p> : null}
      {person.aliases.length > 0 ? <p className="muted">Also known as {person.aliases.join(", ")}</p> : null}
      <section aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">Pairs</h2>
        {pairs.length === 0 ? (
          <p className="empty">{person.name} is not part of any tracked pair; they may be mentioned in other claims.</p>
        ) : (
          <ul className="pair-list">
            {pairs.map((p) => (
              <li key={p.id}>
                <PairCard pair={p} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
