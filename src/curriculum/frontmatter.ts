/**
 * Splits a Markdown/MDX file into its YAML frontmatter and body. The frontmatter is the block
 * between a first line `---` and the next line `---`. Line numbers are kept so errors in the
 * frontmatter and the body point at the right line of the file.
 */
export interface FrontmatterSplit {
  /** The YAML text between the fences, or null when the file has no frontmatter. */
  yaml: string | null;
  /** 1-based line of the first YAML line (2 when present). */
  yamlStartLine: number;
  body: string;
  /** 1-based line of the first body line. */
  bodyStartLine: number;
}

export function splitFrontmatter(text: string): FrontmatterSplit {
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  if (lines[0]?.trim() !== '---')
    return { yaml: null, yamlStartLine: 1, body: normalized, bodyStartLine: 1 };
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) return { yaml: null, yamlStartLine: 1, body: normalized, bodyStartLine: 1 };
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlStartLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
  };
}
