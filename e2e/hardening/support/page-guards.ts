import type { BrowserContext, Page } from "@playwright/test";

/**
 * Browser-side tripwires: `__xss(n)` records that a payload's code ran, every
 * Content-Security-Policy violation is recorded (something tried to run or load
 * that the policy forbids — an injected handler, or one of our own scripts
 * missing its nonce), and dialogs are counted and dismissed.
 */
export async function installGuards(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __xss: (n: number) => void; __xssCalls: number[]; __cspViolations: string[] };
    w.__xssCalls = [];
    w.__cspViolations = [];
    w.__xss = (n: number) => {
      w.__xssCalls.push(n);
    };
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample || ""})`);
    });
  });
}

/** The script hashes ('sha256-…') a response's Content-Security-Policy lists. */
export function scriptHashesOf(csp: string | undefined | null): string[] {
  return (csp ?? "").match(/'sha256-[A-Za-z0-9+/]+=*'/g) ?? [];
}

/** The nonce of a response's Content-Security-Policy, if it has one. */
export function nonceOf(csp: string | undefined | null): string | null {
  return /'nonce-([^']+)'/.exec(csp ?? "")?.[1] ?? null;
}

export interface PageFindings {
  dialogs: string[];
  xssCalls: number[];
  cspViolations: string[];
  /** Elements or attributes that only an injection could have put there. */
  injected: string[];
  text: string;
}

/** Watches a page for dialogs; read them with findings(). */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return dialogs;
}

/**
 * Inspects the loaded document (HTML, SVG or XML): marker elements, event-handler
 * attributes, javascript:/data:/vbscript: URLs in any URL attribute, srcdoc, scripts
 * carrying a payload, JSON-LD that does not parse, XHTML script elements in XML.
 */
export async function findings(page: Page, dialogs: string[], nonce: string | null = null, hashes: string[] = []): Promise<PageFindings> {
  const inside = await page.evaluate(
    async ({ nonce, hashes }) => {
      // A page shared by all readers lists its own inline scripts by hash instead of a nonce (see lib/cache/shared-page.ts).
      const listed = async (text: string) => {
        if (hashes.length === 0) return false;
        const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
        return hashes.includes(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
      };
      const injected: string[] = [];
      const unsafe = /^(javascript|data|vbscript):/i;
      const urlAttributes = new Set([
        "href",
        "src",
        "action",
        "formaction",
        "data",
        "xlink:href",
        "background",
        "poster",
        "codebase",
        "cite",
        "srcset",
        "ping",
        "manifest",
      ]);
      const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}>`;
      for (const el of Array.from(document.querySelectorAll("*"))) {
        const tag = el.localName.toLowerCase();
        if (el.hasAttribute("data-xss") || tag === "xss" || /^xss-\d+$/.test(el.id)) injected.push(`marker element ${describe(el)}`);
        for (const attr of Array.from(el.attributes)) {
          const name = attr.name.toLowerCase();
          if (name.startsWith("on")) injected.push(`event handler ${describe(el)}[${name}=${attr.value.slice(0, 60)}]`);
          if (name === "srcdoc") injected.push(`srcdoc on ${describe(el)}`);
          if (urlAttributes.has(name) && unsafe.test(attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "")))
            injected.push(`unsafe URL ${describe(el)}[${name}=${attr.value.slice(0, 60)}]`);
        }
        if (tag === "script") {
          const type = (el.getAttribute("type") ?? "").toLowerCase();
          if (type === "application/ld+json") {
            try {
              JSON.parse(el.textContent ?? "");
            } catch {
              injected.push("JSON-LD that does not parse (broken out of?)");
            }
          } else if (
            ((el.textContent ?? "").includes("__xss") || (el.getAttribute("src") ?? "").includes("__xss")) &&
            !(nonce && (el as HTMLScriptElement).nonce === nonce) &&
            !(!el.hasAttribute("src") && (await listed(el.textContent ?? "")))
          ) {
            // Next's own inline scripts carry the page data (payload text included, escaped) and the
            // response's nonce, or are listed by hash in its policy; a script that got in through the
            // data would have neither.
            injected.push(`script carrying a payload ${describe(el)}`);
          }
          // In an XML document (a feed) no script element of any namespace belongs.
          if (!(document instanceof HTMLDocument) && !(document.documentElement instanceof SVGElement))
            injected.push(`script element in an XML document ${el.namespaceURI}`);
        }
        if (["iframe", "frame", "object", "embed", "base", "applet"].includes(tag) && el.outerHTML.includes("__xss"))
          injected.push(`${describe(el)} carrying a payload`);
        if (tag === "meta" && el.hasAttribute("http-equiv") && (el.getAttribute("content") ?? "").includes("__xss"))
          injected.push("meta refresh carrying a payload");
      }
      const w = window as unknown as { __xssCalls?: number[]; __cspViolations?: string[] };
      const text = document.documentElement?.textContent ?? "";
      return {
        injected,
        xssCalls: w.__xssCalls ?? [],
        cspViolations: w.__cspViolations ?? [],
        text,
        parseError: document.getElementsByTagName("parsererror").length > 0,
      };
    },
    { nonce, hashes },
  );
  if (inside.parseError) inside.injected.push("the document failed to parse (XML parser error)");
  return {
    dialogs: [...dialogs],
    xssCalls: inside.xssCalls,
    cspViolations: inside.cspViolations,
    injected: inside.injected,
    text: inside.text,
  };
}
