// Compiles every lesson and week note with MDX, so a syntax error (an unclosed tag, a bare `{`
// or `<` in prose, an HTML comment) is reported by `stafflab content check` with its file and
// line, instead of surfacing later as a failed web build.
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { splitFrontmatter, type ContentFile, type SourceIssue } from '../../curriculum/index.js';

interface MdxMessage {
  line?: number;
  place?: { line?: number; start?: { line?: number } };
  reason?: string;
  message?: string;
}

export async function checkMdxSyntax(files: readonly ContentFile[]): Promise<SourceIssue[]> {
  const issues: SourceIssue[] = [];
  for (const file of files) {
    const lesson = /^weeks\/[^/]+\/[^/]+\.mdx$/.test(file.path);
    const note = /^weeks\/[^/]+\/week\.md$/.test(file.path);
    if (!lesson && !note) continue;
    const split = splitFrontmatter(file.text);
    // Blank lines in place of the frontmatter keep MDX's line numbers equal to the file's.
    const source = '\n'.repeat(split.bodyStartLine - 1) + split.body;
    try {
      await compile(source, { format: lesson ? 'mdx' : 'md', remarkPlugins: [remarkGfm] });
    } catch (error) {
      const message = error as MdxMessage;
      const line = message.line ?? message.place?.start?.line ?? message.place?.line;
      const reason = (message.reason ?? message.message ?? String(error)).replace(
        /\s*\(\d+:\d+(-\d+:\d+)?\)$/,
        '',
      );
      issues.push({ file: file.path, ...(line ? { line } : {}), message: `MDX syntax: ${reason}` });
    }
  }
  return issues;
}
