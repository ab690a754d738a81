// Reads the content folder from disk into the file list the pure loader takes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadContent, type ContentFile, type ContentReport } from '../../curriculum/index.js';

const contentExtensions = /\.(ya?ml|mdx?|svg)$/;

export function readContentFiles(dir: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && contentExtensions.test(entry.name)) {
        files.push({
          path: relative(dir, full).split(sep).join('/'),
          text: readFileSync(full, 'utf8'),
        });
      }
    }
  };
  walk(dir);
  return files;
}

export function readContent(dir: string): ContentReport {
  return loadContent(readContentFiles(dir));
}
