import type { Metadata } from "next";
import { pageAlternates } from "@/lib/site";
import { requireEditorPage } from "@/lib/auth/session";
import { IMPORT_COLUMNS } from "@/lib/claims/import";
import { ImportForm } from "./import-form";
import "./import.css";

export const metadata: Metadata = { title: "Import claims", robots: { index: false }, alternates: pageAlternates("/editor/import") };

export default async function ImportPage() {
  await requireEditorPage("/editor/import");
  return (
    <>
      <p className="eyebrow">Editors</p>
      <h1>Import claims</h1>
      <p className="lede">
        Upload a CSV or JSON file of claims. Check it first: the dry run lists every bad row with its line and reason and writes nothing.
        The import itself is all or nothing — if any row is bad, no row is added — and refuses duplicates of claims already in the ledger.
      </p>
      <ImportForm />
      <section aria-labelledby="columns-heading">
        <h2 id="columns-heading">Columns</h2>
        <p>
          CSV files have a header row with these columns (only <code>pair</code>, <code>kind</code>, <code>headline</code>,{" "}
          <code>occurredOn</code>, <code>precision</code>, <code>stance</code> and <code>confidence</code> are required; published rows need
          a citation). Further citations repeat the citation columns as <code>citation2_outlet</code>, <code>citation2_url</code>, … up to{" "}
          <code>citation5_*</code>. <code>mentions</code> lists person slugs separated by <code>;</code>. JSON files are an array of claims
          in the API&apos;s shape.
        </p>
        <p>
          <code>{IMPORT_COLUMNS.join(",")}</code>
        </p>
      </section>
    </>
  );
}
