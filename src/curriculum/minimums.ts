// The minimums of CONTENT_GUIDE.md that `content check --strict` enforces, and the per-topic
// figures `content stats` prints. Structural validity is load.ts's job; this is about whether
// a lesson is finished.
import type { Content } from './load.js';
import type { SourceIssue } from './source.js';

export const lessonMinimums = {
  words: { min: 1200, max: 2500 },
  questions: { min: 4, max: 8 },
  cards: { min: 3, max: 8 },
  references: { min: 2, max: 5 },
} as const;

export interface TopicStats {
  id: string;
  week: number;
  title: string;
  outline: string;
  /** Path of the lesson relative to the content folder, or null when it is not written yet. */
  lesson: string | null;
  words: number;
  questions: number;
  cards: number;
  references: number;
  practice: { id: string; kind: string; status: string }[];
}

export function topicStats(content: Content): TopicStats[] {
  return content.topics.map((topic) => {
    const lesson = content.lessons.get(topic.id);
    const quiz = content.quizzes.get(topic.id);
    const practiceIds = lesson ? lesson.frontmatter.practice.map((p) => p.id) : topic.practice;
    return {
      id: topic.id,
      week: topic.week,
      title: topic.title,
      outline: topic.outline,
      lesson: lesson?.file ?? null,
      words: lesson?.words ?? 0,
      questions: quiz?.questions.length ?? 0,
      cards: quiz?.cards.length ?? 0,
      references: lesson?.frontmatter.references.length ?? 0,
      practice: [...new Set(practiceIds)].map((id) => {
        const entry = content.practiceById.get(id);
        return { id, kind: entry?.kind ?? 'unknown', status: entry?.status ?? 'unknown' };
      }),
    };
  });
}

/**
 * Problems that make a written lesson fall short of the guide. Returns failures (below a
 * minimum, or above a count limit) and warnings (longer than the usual word range).
 */
export function checkMinimums(content: Content): {
  failures: SourceIssue[];
  warnings: SourceIssue[];
} {
  const failures: SourceIssue[] = [];
  const warnings: SourceIssue[] = [];
  for (const stats of topicStats(content)) {
    if (stats.lesson === null) continue;
    const file = stats.lesson;
    const quizFile = file.replace(/\.mdx$/, '.quiz.yaml');
    const { words, questions, cards, references } = lessonMinimums;
    if (stats.words < words.min)
      failures.push({
        file,
        message: `${stats.words} words of body; a lesson has at least ${words.min}`,
      });
    if (stats.words > words.max)
      warnings.push({
        file,
        message: `${stats.words} words of body; the guide asks for at most ${words.max} unless the numbers need it`,
      });
    if (!content.quizzes.has(stats.id))
      failures.push({ file: quizFile, message: 'the lesson has no quiz file yet' });
    else {
      if (stats.questions < questions.min || stats.questions > questions.max) {
        failures.push({
          file: quizFile,
          message: `${stats.questions} questions; a quiz has ${questions.min}–${questions.max}`,
        });
      }
      if (stats.cards < cards.min || stats.cards > cards.max)
        failures.push({
          file: quizFile,
          message: `${stats.cards} cards; a topic has ${cards.min}–${cards.max}`,
        });
    }
    if (stats.references < references.min || stats.references > references.max) {
      failures.push({
        file,
        path: 'references',
        message: `${stats.references} references; cite ${references.min}–${references.max} primary sources`,
      });
    }
  }
  return { failures, warnings };
}
