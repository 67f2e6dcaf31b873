import { STANCES } from "@/db/enums";
import { KIND_LABELS, STANCE_LABELS } from "@/lib/vocabulary";
import type { AnyChartData } from "../chart-data";
import { esc } from "./kit";

const th = (text: string, scope: "col" | "row" = "col", cls = "") =>
  `<th scope="${scope}"${cls ? ` class="${cls}"` : ""}>${esc(text)}</th>`;
const td = (text: string | number, num = false) => `<td${num ? ' class="num"' : ""}>${esc(text)}</td>`;

function table(caption: string, head: string[], rows: string[][], numericFrom = 1): string {
  return (
    `<table class="rl-table"><caption>${esc(caption)}</caption><thead><tr>${head.map((h, i) => th(h, "col", i >= numericFrom ? "num" : "")).join("")}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.join("")}</tr>`).join("")}</tbody></table>`
  );
}

/** The data behind a view as an HTML table: caption, column headers and row headers with scope. */
export function chartTableHtml(data: AnyChartData, options: { baseUrl?: string; newTab?: boolean } = {}): string {
  switch (data.view) {
    case "heat": {
      const markers = new Map<string, string[]>();
      for (const m of data.markers) {
        const month = new Date(m.day * 86_400_000).toISOString().slice(0, 7);
        markers.set(month, [...(markers.get(month) ?? []), `${m.kind === "denial" ? "Denial" : "Confirmation"}: ${m.headline}`]);
      }
      const rows = data.months.map((m) => [
        th(m.label, "row"),
        td(m.peak, true),
        td(m.end, true),
        td(m.claims, true),
        td((markers.get(m.month) ?? []).join("; ") || "—"),
      ]);
      return table(
        "Heat by month (0–100): the highest value in the month and the value on its last day shown",
        ["Month", "Peak heat", "Heat at month end", "Claims dated that month", "Confirmations and denials"],
        rows.map((r) => r),
        1,
      ).replace(/<th scope="col" class="num">Confirmations and denials<\/th>/, `<th scope="col">Confirmations and denials</th>`);
    }
    case "activity": {
      const head = [data.binning === "month" ? "Month" : "Year", ...data.kinds.map((k) => KIND_LABELS[k]), "Total"];
      const row = (label: string, b: (typeof data.bins)[number]) => [
        th(label, "row"),
        ...data.kinds.map((k) => td(b.counts[k], true)),
        td(b.total, true),
      ];
      const rows = [...data.bins.map((b) => row(b.label, b)), ...data.yearOnly.map((b) => row(`${b.key} (month unknown)`, b))];
      return table(`Published claims per ${data.binning} by kind`, head, rows);
    }
    case "confidence": {
      const head = ["Confidence", ...STANCES.map((s) => STANCE_LABELS[s]), "Total"];
      const rows = data.rows.map((r) => [
        th(`${r.label} (${r.range})`, "row"),
        ...STANCES.map((s) => td(r.counts[s], true)),
        td(r.total, true),
      ]);
      rows.push([th("All levels", "row"), ...STANCES.map((s) => td(data.totals[s], true)), td(data.claimCount, true)]);
      return table("Published claims by confidence level and stance toward the rumor", head, rows);
    }
    case "timeline": {
      const target = options.newTab ? ` target="_blank" rel="noopener"` : "";
      const rows = [...data.items]
        .sort((a, b) => a.startDay - b.startDay || a.id - b.id)
        .map((i) => {
          const href = options.baseUrl ? new URL(i.href, options.baseUrl).toString() : i.href;
          return [
            th(i.dateLabel, "row"),
            td(KIND_LABELS[i.kind]),
            `<td><a href="${esc(href)}"${target}>${esc(i.headline)}</a></td>`,
            td(i.confidenceLabel),
            td(STANCE_LABELS[i.stance]),
          ];
        });
      return table("Published claims in date order", ["Date", "Kind", "Claim", "Confidence", "Stance"], rows, 99);
    }
  }
}
