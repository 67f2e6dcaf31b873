/** Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF): dropped, or a feed would not parse. */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text without the characters XML 1.0 forbids: for any text written into XML (SVG, Atom) by other escapers. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Text made safe to place in HTML or XML, as element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Text for an XML attribute the feed library writes itself (it escapes only `&` and `"`): markup characters are dropped. */
export function attributeText(text: string): string {
  return text.replace(NOT_XML, "").replace(/[<>]/g, "");
}
