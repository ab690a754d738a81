// A rehype plugin for the lesson compiler (vite.config.ts): gives every heading of a lesson an
// id, made by the same slugger that names the search index's sections, so a search result's
// `#anchor` lands on its heading. Typed structurally: the plugin needs nothing of hast but this.
import { createSlugger } from './sections.js';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The text a reader sees in a node; MDX expressions and JSX attributes are not text. */
function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

export function rehypeHeadingIds() {
  return (tree: HastNode) => {
    const slug = createSlugger();
    const visit = (node: HastNode) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) {
        node.properties ??= {};
        node.properties.id ??= slug(textOf(node).replace(/\s+/g, ' ').trim());
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
