import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/session";
import { emptyDraft } from "@/lib/claims/claim-draft";
import { formVocabulary } from "@/lib/editor/form-vocabulary";
import { outletOptions, personOptions } from "@/lib/editor/pickers";
import { splitPairSlug } from "@/lib/slugs";
import { ClaimForm } from "../_components/claim-form";

export const metadata: Metadata = { title: "Log a new claim", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewClaimPage({ searchParams }: Props) {
  const { pair } = await searchParams;
  const query = typeof pair === "string" ? `?pair=${encodeURIComponent(pair)}` : "";
  await requireEditorPage(`/editor/claims/new${query}`);
  const db = getDb();
  const people = personOptions(db);
  // "Log a claim" from a pair on the dashboard arrives with both people chosen.
  const preset = typeof pair === "string" ? splitPairSlug(pair) : null;
  const known = preset && preset.every((slug) => people.some((p) => p.slug === slug)) ? preset : (["", ""] as [string, string]);
  return (
    <>
      <p className="eyebrow">
        <Link href="/editor">Editors’ desk</Link>
      </p>
      <h1>Log a new claim</h1>
      <p className="lede">A sighting, an appearance, a statement, a report: what happened, when, how sure we are, and the receipts.</p>
      <p className="field-hint">
        Logging from an article? <Link href="/editor/claims/from-article">Paste it and review the claims it suggests</Link>.
      </p>
      <ClaimForm mode="create" initial={emptyDraft(known)} vocabulary={formVocabulary()} people={people} outlets={outletOptions(db)} />
    </>
  );
}
