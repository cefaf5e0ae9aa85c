/** Elements that end a paragraph when text is read out of HTML. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);
/** Elements whose text is never report text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'SELECT']);

/** Stands for a `<br>` while whitespace collapses; becomes a line break. */
const LINE_BREAK = '\u2028';

/** Marks, on the walker's stack, the end of a block element's children. */
const END = Symbol('end of block');

/** The few DOM node fields the walker reads (linkedom's nodes have them). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of a DOM subtree as paragraphs separated by blank lines: block elements break
 * paragraphs (so `<p>weeks.</p><p>Amnesty` never runs together), runs of whitespace collapse, and
 * `<br>` is a line break (two make a paragraph break).
 *
 * @example
 * blockText(parseHTML('<div><p>One.</p><p>Two.</p></div>').document.body); // 'One.\n\nTwo.'
 */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current
      .replace(/[^\S\u2028]+/g, ' ')
      .replace(/ ?\u2028 ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      // trim(), not /^\s+|\s+$/: that regex retries \s+ from every character of a long run of
      // line breaks inside the text (thousands of <br>) before failing at $, quadratic.
      .trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  // Depth-first with an explicit stack, not recursion: a page nested 100,000 deep must not
  // overflow the call stack. END marks where a block element's children end.
  const stack: (DomNode | typeof END)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === END) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      current += LINE_BREAK;
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      stack.push(END);
    }
    // One read of childNodes: linkedom builds a new list on every access (O(children) each), so
    // indexing it in the loop was quadratic in the number of children (thousands of <br>).
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return paragraphs.join('\n\n');
}

/**
 * Whether a DOM subtree nests elements deeper than `limit` levels (stops looking once it does).
 * Readability's cost grows with depth × size (it walks each node's ancestors), so a page nested
 * thousands deep is read without it.
 *
 * @example
 * nestsDeeperThan(parseHTML('<div><div><p>x</p></div></div>').document.body, 2); // true
 */
export function nestsDeeperThan(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i].nodeType === 1) stack.push([children[i], depth + 1]);
  }
  return false;
}
