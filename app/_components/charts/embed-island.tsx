"use client";

import { lazy, Suspense, useState } from "react";
import type { ChartView } from "@/lib/charts/types";

const EmbedControl = lazy(() => import("./embed-control"));

/**
 * "Embed this chart", closed: the control itself (theme, range, live
 * preview, copy) is its own chunk, fetched the first time a reader opens it.
 * Without JavaScript the open box links to the embed, whose URL is also
 * what a CMS with oEmbed takes.
 */
export function EmbedIsland(props: {
  view: ChartView;
  slug: string;
  baseUrl: string;
  title: string;
  defaultHeight: number;
  embedHref: string;
}) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const { embedHref, ...control } = props;
  return (
    <details
      className="embed-control"
      onToggle={(e) => {
        const now = e.currentTarget.open;
        setOpen(now);
        if (now) setOpened(true);
      }}
    >
      <summary>Embed this chart</summary>
      {opened ? (
        <Suspense fallback={<p className="muted embed-hint">Loading the embed options…</p>}>
          <EmbedControl {...control} open={open} />
        </Suspense>
      ) : (
        <p className="muted embed-hint">
          <a href={embedHref}>Open the embed</a> — a CMS with oEmbed (WordPress and others) takes its URL as it is.
        </p>
      )}
    </details>
  );
}
