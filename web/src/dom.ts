/**
 * Building DOM nodes. Text always goes in as text nodes (`textContent`), never as HTML: article
 * text comes from the internet and must not be able to run script. No inline `style`
 * attributes either (the server's CSP forbids them); looks come from classes in style.css.
 */

export type Child = Node | string | number | null | undefined | false;

export interface ElOptions {
  class?: string;
  /** Attributes (never `style`, never `on…` handlers: those are refused). */
  attrs?: Record<string, string | undefined>;
  /** Text content (set as text, never parsed). */
  text?: string;
}

const REFUSED = /^(style|on)/i;

/**
 * Create an element with classes, attributes, text and children.
 *
 * @example
 * el('p', { class: 'muted' }, ['Seen in ', el('b', { text: report.outlet ?? '?' })]);
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, opts: ElOptions = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (opts.class) node.className = opts.class;
  for (const [k, v] of Object.entries(opts.attrs ?? {})) {
    if (REFUSED.test(k)) throw new Error(`el(): attribute "${k}" is not allowed (CSP and safety)`);
    if (v !== undefined) node.setAttribute(k, v);
  }
  if (opts.text !== undefined) node.textContent = opts.text;
  append(node, children);
  return node;
}

/** Append children, turning strings and numbers into text nodes and skipping empty ones. */
export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Remove every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Find an element by id or throw (the page's skeleton is fixed in index.html). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html has no #${id}`);
  return node as T;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Create an SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}
