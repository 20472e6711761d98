// XML text for attribute values and element content: the five special characters escaped, and characters
// XML 1.0 forbids (control characters, lone surrogates) replaced, since quotes come from scraped pages.
const SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const INVALID_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NEEDS_WORK_RE = /[&<>"'\n\r\t\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;

export function escapeXml(text: string): string {
  if (!NEEDS_WORK_RE.test(text)) return text;
  return text.replace(INVALID_RE, '\ufffd').replace(/[&<>"']/g, (c) => SPECIAL[c]!)
    // Line breaks inside attribute values would be normalised to spaces by parsers; keep them as references.
    .replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** ` name="value"` for each defined attribute, in the order given. */
export function xmlAttributes(attributes: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}
