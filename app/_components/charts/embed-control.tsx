"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { ChartView } from "@/lib/charts/types";
import { snippetHtml } from "@/lib/embeds/snippet";
import { embedPath, imagePath, type EmbedTheme } from "@/lib/embeds/urls";

/**
 * The inside of "Embed this chart" (embed-island.tsx loads it when first
 * opened): pick a theme and a date range, watch the live preview
 * (the real embed in an iframe), copy the snippet in one click. The preview
 * reports its height the way a host page's listener would hear it, so the
 * snippet carries the measured height.
 */
export default function EmbedControl({
  view,
  slug,
  baseUrl,
  title,
  defaultHeight,
  open,
}: {
  view: ChartView;
  slug: string;
  baseUrl: string;
  title: string;
  defaultHeight: number;
  open: boolean;
}) {
  const id = useId();
  const [theme, setTheme] = useState<EmbedTheme>("auto");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [height, setHeight] = useState(defaultHeight);
  const [copied, setCopied] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  const params = { theme, from: from || undefined, to: to || undefined };
  const src = new URL(embedPath(slug, view, params), baseUrl).toString();
  const rangeProblem = from && to && from > to ? "The start month is after the end month." : null;
  const snippet = useMemo(() => snippetHtml(src, `${title} (Rumor Ledger)`, height), [src, title, height]);

  useEffect(() => {
    if (!open) return;
    const onMessage = (e: MessageEvent) => {
      const h = e.data?.["rumor-ledger-height"];
      if (typeof h === "number" && frame.current && e.source === frame.current.contentWindow && e.origin === new URL(src).origin)
        setHeight(Math.max(100, Math.min(h, 4000)));
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [open, src]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
    } catch {
      const area = document.getElementById(`${id}-code`) as HTMLTextAreaElement | null;
      area?.select();
      document.execCommand("copy");
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2500);
  }

  return (
    <>
      <div className="embed-options">
        <fieldset>
          <legend>Theme</legend>
          {(["auto", "light", "dark"] as const).map((t) => (
            <label key={t}>
              <input type="radio" name={`${id}-theme`} value={t} checked={theme === t} onChange={() => setTheme(t)} />{" "}
              {t === "auto" ? "Follow the reader" : t === "light" ? "Light" : "Dark"}
            </label>
          ))}
        </fieldset>
        <label>
          From{" "}
          <input
            type="month"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            aria-describedby={rangeProblem ? `${id}-problem` : undefined}
          />
        </label>
        <label>
          To <input type="month" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      {rangeProblem ? (
        <p id={`${id}-problem`} className="filter-problems" role="alert">
          {rangeProblem}
        </p>
      ) : null}
      <p className="embed-preview-label">Live preview</p>
      {open && !rangeProblem ? (
        <iframe ref={frame} className="embed-preview" src={src} title={`Preview: ${title}`} style={{ height }} loading="lazy" />
      ) : null}
      <label className="embed-code-label" htmlFor={`${id}-code`}>
        Embed code (paste into your article; the script line is optional and keeps the height exact)
      </label>
      <textarea id={`${id}-code`} className="embed-code" readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <p className="embed-actions">
        <button type="button" onClick={copy}>
          {copied ? "Copied" : "Copy embed code"}
        </button>
        <span role="status" className="visually-hidden">
          {copied ? "Embed code copied to the clipboard" : ""}
        </span>
        <a href={src} target="_blank" rel="noopener">
          Open the embed
        </a>
        <a href={new URL(imagePath(slug, view, "png", { ...params, theme: theme === "dark" ? "dark" : undefined }), baseUrl).toString()}>
          PNG image
        </a>
        <a href={new URL(imagePath(slug, view, "svg", { ...params, theme: theme === "dark" ? "dark" : undefined }), baseUrl).toString()}>
          SVG image
        </a>
      </p>
      <p className="muted embed-hint">Using a CMS with oEmbed (WordPress and others)? Paste just the embed’s URL.</p>
    </>
  );
}
