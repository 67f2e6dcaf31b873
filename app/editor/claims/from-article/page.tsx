import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/session";
import { formVocabulary } from "@/lib/editor/form-vocabulary";
import { outletOptions, personOptions } from "@/lib/editor/pickers";
import { FromArticle } from "./_components/from-article";

export const metadata: Metadata = { title: "Claims from an article", robots: { index: false } };

export default async function FromArticlePage() {
  await requireEditorPage("/editor/claims/from-article");
  const db = getDb();
  return (
    <>
      <p className="eyebrow">
        <Link href="/editor">Editors’ desk</Link>
      </p>
      <h1>Claims from an article</h1>
      <p className="lede">
        Paste an article: the ledger suggests the claims it contains, each beside the sentence it came from. Review, fix, drop, then save
        the rest as drafts.
      </p>
      <FromArticle vocabulary={formVocabulary()} people={personOptions(db)} outlets={outletOptions(db)} />
    </>
  );
}
