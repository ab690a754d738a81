// What the search index is built from: one document per lesson section. A result then links to
// the section that matched (`/topics/ID#anchor`) rather than to the top of a long lesson.
import type { Content } from '../../curriculum/index.js';
import { lessonSections } from './sections.js';

export interface SearchDocument {
  /** `TOPIC` for a lesson's opening, `TOPIC#anchor` for a section. */
  id: string;
  topic: string;
  /** The lesson's title (the topic's, while its lesson is not written). */
  title: string;
  week: number;
  heading: string | null;
  anchor: string | null;
  text: string;
}

/**
 * Every topic in program order. A lesson's first document is its opening: the outline, the
 * objectives and the text before the first heading, all of which the top of the page shows. A
 * topic without a lesson yet is one document with its outline, so it can still be found.
 */
export function searchDocuments(content: Pick<Content, 'topics' | 'lessons'>): SearchDocument[] {
  return content.topics.flatMap((topic): SearchDocument[] => {
    const lesson = content.lessons.get(topic.id);
    const base = { topic: topic.id, week: topic.week };
    if (!lesson)
      return [
        {
          ...base,
          id: topic.id,
          title: topic.title,
          heading: null,
          anchor: null,
          text: topic.outline,
        },
      ];
    const title = lesson.frontmatter.title;
    const sections = lessonSections(lesson.body);
    const intro = sections[0]?.heading === null ? sections.shift()!.text : '';
    const opening = [lesson.frontmatter.outline, ...lesson.frontmatter.objectives, intro]
      .filter((part) => part !== '')
      .join(' ');
    return [
      { ...base, id: topic.id, title, heading: null, anchor: null, text: opening },
      ...sections.map((section) => ({
        ...base,
        id: `${topic.id}#${section.anchor}`,
        title,
        heading: section.heading,
        anchor: section.anchor,
        text: section.text,
      })),
    ];
  });
}
