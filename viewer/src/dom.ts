// The one place that creates elements. Text from documents (labels, aliases, headlines, quotes) only ever
// goes in as text nodes; attributes that could run code (on*, style, href, src) are refused here, and links
// are made by `link`, which only lets http(s) URLs through.
type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  /** Plain attributes: ids, ARIA, data-*, type, value... never event handlers or URLs. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

const UNSAFE_ATTRIBUTE = /^(on|style$|href$|src$|srcdoc$|action$|formaction$|xlink:href$)/i;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    if (UNSAFE_ATTRIBUTE.test(name)) throw new Error(`dom.el: attribute "${name}" is not allowed here; use link() or a listener`);
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) node.addEventListener(type, listener as EventListener);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces what `parent` holds. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/**
 * `replace` for panels redrawn while someone uses them: the control that had keyboard focus (found again by its
 * name, node or class) gets it back, and disclosures that were open stay open, so a redraw never drops a
 * keyboard user at the top of the page.
 */
export function replaceKeepingFocus(parent: Element, ...children: Child[]): void {
  const key = (e: Element): string | null => e.getAttribute('name') ?? e.getAttribute('data-node') ?? (e.className ? `${e.tagName}.${e.className}` : null);
  const active = document.activeElement;
  const focused = active && parent.contains(active) ? key(active) : null;
  const open = new Set([...parent.querySelectorAll('details[open]')].map(key));
  replace(parent, ...children);
  for (const d of parent.querySelectorAll('details')) if (open.has(key(d))) d.open = true;
  if (focused === null) return;
  const again = [...parent.querySelectorAll<HTMLElement>('button, input, select, summary, [tabindex]')].find((e) => key(e) === focused);
  again?.focus();
}

/** A link for an http(s) URL, opened in a new tab; anything else (javascript:, data:, relative paths) is plain text. */
export function link(url: string | undefined, text: string): HTMLElement {
  const safe = url ? safeUrl(url) : null;
  if (!safe) return el('span', {}, text);
  const a = el('a', { attrs: { target: '_blank', rel: 'noopener noreferrer' } }, text);
  a.href = safe;
  return a;
}

export function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null; // not an absolute URL: shown as text by the caller
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small legend mark: a node shape or an edge stroke, in a colour from appearance.ts. */
export function swatch(kind: 'circle' | 'square' | 'diamond' | 'triangle' | 'line', color: string, label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const shape = document.createElementNS(SVG, kind === 'circle' ? 'circle' : kind === 'line' ? 'line' : 'polygon');
  const attributes: Record<string, string> = kind === 'circle' ? { cx: '8', cy: '8', r: '6' }
    : kind === 'square' ? { points: '2.5,2.5 13.5,2.5 13.5,13.5 2.5,13.5' }
    : kind === 'diamond' ? { points: '8,1 15,8 8,15 1,8' }
    : kind === 'triangle' ? { points: '8,1.5 14.5,13.5 1.5,13.5' }
    : { x1: '1', y1: '8', x2: '15', y2: '8', 'stroke-width': '3', 'stroke-linecap': 'round' };
  for (const [k, v] of Object.entries(attributes)) shape.setAttribute(k, v);
  shape.setAttribute(kind === 'line' ? 'stroke' : 'fill', color);
  svg.appendChild(shape);
  return svg;
}

/** A play or pause mark for a button that carries its own label: drawn, not a glyph a font may lack. */
export function icon(kind: 'play' | 'pause'): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 16 16', width: '14', height: '14', 'aria-hidden': 'true', class: 'icon' })) svg.setAttribute(k, v);
  for (const points of kind === 'play' ? ['4,2 14,8 4,14'] : ['3,2 6.5,2 6.5,14 3,14', '9.5,2 13,2 13,14 9.5,14']) {
    const shape = document.createElementNS(SVG, 'polygon');
    shape.setAttribute('points', points);
    shape.setAttribute('fill', 'currentColor');
    svg.appendChild(shape);
  }
  return svg;
}

/** Saves `content` as a file through a temporary object URL. */
export function download(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const a = el('a', { attrs: { download: fileName } });
  a.href = url;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
