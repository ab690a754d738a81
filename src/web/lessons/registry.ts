// Every lesson and week note under content/weeks, compiled by Vite (MDX) and loaded on demand.
import type { ComponentType } from 'react';

export type MdxModule = {
  default: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
};

// `@content` is the content folder (vite.config.ts): the package's own, or STAFFLAB_CONTENT_DIR at build time.
const lessonModules = import.meta.glob<MdxModule>('@content/weeks/*/*.mdx');
const weekNoteModules = import.meta.glob<MdxModule>('@content/weeks/*/week.md');
const figureModules = import.meta.glob<string>('@content/weeks/*/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

function indexBy<T>(
  modules: Record<string, T>,
  key: (path: string) => string | null,
): Map<string, { path: string; load: T }> {
  const map = new Map<string, { path: string; load: T }>();
  for (const [path, load] of Object.entries(modules)) {
    const k = key(path);
    if (k) map.set(k, { path, load });
  }
  return map;
}

const lessons = indexBy(lessonModules, (path) => /\/([^/]+)\.mdx$/.exec(path)?.[1] ?? null);
const weekNotes = indexBy(weekNoteModules, (path) => {
  const n = /\/weeks\/(\d+)-[^/]+\/week\.md$/.exec(path)?.[1];
  return n ? String(Number(n)) : null;
});

export interface LessonSource {
  /** The week folder, e.g. `04-failure-retries`, for resolving figures. */
  folder: string;
  load: () => Promise<MdxModule>;
}

export function lessonSource(topicId: string): LessonSource | null {
  const entry = lessons.get(topicId);
  if (!entry) return null;
  return { folder: /\/weeks\/([^/]+)\//.exec(entry.path)![1]!, load: entry.load };
}

export function weekNoteSource(week: number): (() => Promise<MdxModule>) | null {
  return weekNotes.get(String(week))?.load ?? null;
}

const figures = indexBy(
  figureModules,
  (path) => /\/weeks\/([^/]+\/[^/]+\.svg)$/.exec(path)?.[1] ?? null,
);

export function figureUrl(folder: string, src: string): string | null {
  return figures.get(`${folder}/${src.replace(/^\.\//, '')}`)?.load ?? null;
}
