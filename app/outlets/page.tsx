import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { outletsWithClaimCounts } from "@/lib/outlets/queries";
import { pageAlternates } from "@/lib/site";
import { gradeLabel } from "@/lib/vocabulary";
import { GradeBadge } from "@/app/_components/badges";
import { outletPath } from "@/lib/urls";

export const metadata: Metadata = {
  title: "Outlets and their reliability",
  description: "Every source the ledger cites, with its reliability grade and its record.",
  alternates: pageAlternates("/outlets", { json: "/api/v1/outlets" }),
};

export default async function OutletsPage() {
  await connection(); // the ledger as it is now
  const outlets = outletsWithClaimCounts(getDb());
  return (
    <>
      <p className="eyebrow">Sources</p>
      <h1>Outlets and their reliability</h1>
      <p className="lede">
        Every outlet a claim cites, graded on the Admiralty scale (A completely reliable … E unreliable, F cannot be judged). Each page
        shows how the claims citing it stand now.
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Grade</th>
              <th scope="col" className="num">
                Claims citing it
              </th>
            </tr>
          </thead>
          <tbody>
            {outlets.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link href={outletPath(o.slug)}>{o.name}</Link>
                </td>
                <td>
                  <GradeBadge grade={o.grade} /> {gradeLabel(o.grade)}
                </td>
                <td className="num">{o.claims}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
