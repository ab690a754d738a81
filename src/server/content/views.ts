// Shapes the loaded content into the API's views (src/api). Built once at start-up: the
// content does not change while the server runs.
import { labSummaries, type Content, type TopicInfo } from '../../curriculum/index.js';
import type {
  ArtifactView,
  LabDetail,
  LabSummary,
  PracticeRef,
  ProgramView,
  TopicDetail,
  TopicSummary,
  WeekDetail,
} from '../../api/index.js';

export interface ContentViews {
  /** The loaded content itself, for use cases that need more than a view (quizzes, assessments). */
  content: Content;
  program: ProgramView;
  topic(id: string): TopicDetail | undefined;
  week(number: number): WeekDetail | undefined;
  /** Every lab, in program order. */
  labs: LabSummary[];
  lab(id: string): LabDetail | undefined;
}

export function buildViews(content: Content): ContentViews {
  const practiceRefs = (ids: readonly string[]): PracticeRef[] =>
    [...new Set(ids)].flatMap((id) => {
      const entry = content.practiceById.get(id);
      return entry ? [{ id, kind: entry.kind, title: entry.title, status: entry.status }] : [];
    });
  const practiceOf = (topic: TopicInfo) =>
    practiceRefs(
      content.lessons.get(topic.id)?.frontmatter.practice.map((p) => p.id) ?? topic.practice,
    );
  const artifactsOf = (practice: PracticeRef[]): ArtifactView[] =>
    practice
      .filter(
        (p) => p.kind === 'artifact' && (content.templates.has(p.id) || content.rubrics.has(p.id)),
      )
      .map((p) => {
        const template = content.templates.get(p.id);
        const rubric = content.rubrics.get(p.id);
        return {
          id: p.id,
          title: template?.frontmatter.title ?? rubric?.title ?? p.title,
          summary: template?.frontmatter.summary ?? null,
          template: template ? template.body.trim() + '\n' : null,
          rubric: rubric ? { criteria: rubric.criteria, checks: rubric.checks } : null,
        };
      });
  const summary = (topic: TopicInfo): TopicSummary => ({
    id: topic.id,
    title: topic.title,
    outline: topic.outline,
    hasLesson: content.lessons.has(topic.id),
    practice: practiceOf(topic),
  });
  const moduleRef = (id: string) => {
    const module = content.modules.find((m) => m.id === id)!;
    return { id: module.id, title: module.title };
  };

  const program: ProgramView = {
    title: content.program.title,
    modules: content.modules.map((module) => ({
      id: module.id,
      title: module.title,
      summary: module.summary,
      weeks: content.weeks
        .filter((week) => week.moduleId === module.id)
        .map((week) => ({
          number: week.number,
          slug: week.slug,
          title: week.title,
          hours: week.hours,
          topics: week.topics.map((topic) => summary(content.topicById.get(topic.id)!)),
        })),
    })),
  };

  const topics = new Map<string, TopicDetail>();
  content.topics.forEach((topic, i) => {
    const lesson = content.lessons.get(topic.id);
    const quiz = content.quizzes.get(topic.id);
    const neighbour = (t: TopicInfo | undefined) => (t ? { id: t.id, title: t.title } : null);
    topics.set(topic.id, {
      id: topic.id,
      title: topic.title,
      outline: topic.outline,
      week: topic.week,
      module: moduleRef(topic.moduleId),
      practice: practiceOf(topic),
      artifacts: artifactsOf(practiceOf(topic)),
      lesson: lesson
        ? {
            title: lesson.frontmatter.title,
            minutes: lesson.frontmatter.minutes,
            objectives: lesson.frontmatter.objectives,
            references: lesson.frontmatter.references,
            words: lesson.words,
          }
        : null,
      quiz: { questions: quiz?.questions.length ?? 0, cards: quiz?.cards.length ?? 0 },
      previous: neighbour(content.topics[i - 1]),
      next: neighbour(content.topics[i + 1]),
    });
  });

  const weeks = new Map<number, WeekDetail>();
  for (const week of content.weeks) {
    weeks.set(week.number, {
      number: week.number,
      slug: week.slug,
      title: week.title,
      hours: week.hours,
      topics: week.topics.map((topic) => summary(content.topicById.get(topic.id)!)),
      module: moduleRef(week.moduleId),
      notes: content.weekNotes.get(week.number)?.body.trim() ?? null,
    });
  }

  const labs: LabSummary[] = labSummaries(content);
  const labDetails = new Map<string, LabDetail>(
    labs.map((summary) => [summary.id, { summary, definition: content.labs.get(summary.id)! }]),
  );
  return {
    content,
    program,
    topic: (id) => topics.get(id),
    week: (n) => weeks.get(n),
    labs,
    lab: (id) => labDetails.get(id),
  };
}
