// Validates one lesson file: its frontmatter against the schema and the program, and its body's
// links and components against what exists.
import { lessonFrontmatterSchema, type LessonFrontmatter } from './schema/lesson.js';
import { splitFrontmatter } from './frontmatter.js';
import { countWords, findReferences } from './mdx-body.js';
import type { ProgramIndex, TopicInfo } from './program-index.js';
import { formatPath, parseYaml, zodIssuesToSource, type SourceIssue } from './source.js';

export interface Lesson {
  topicId: string;
  /** Path relative to the content folder. */
  file: string;
  frontmatter: LessonFrontmatter;
  body: string;
  bodyStartLine: number;
  words: number;
}

/** The components a lesson body may use, and the attributes each needs. */
export const lessonComponents: Record<string, { required: string[]; allowed: string[] }> = {
  Lab: { required: ['id'], allowed: ['id'] },
  Callout: { required: ['kind'], allowed: ['kind', 'title'] },
  Figure: { required: ['src', 'caption'], allowed: ['src', 'caption', 'alt'] },
};
export const calloutKinds = ['pitfall', 'tip', 'number'] as const;

export function readLesson(
  file: string,
  text: string,
  topic: TopicInfo,
  index: ProgramIndex,
  fileExists: (path: string) => boolean,
): { lesson: Lesson | null; issues: SourceIssue[] } {
  const split = splitFrontmatter(text);
  if (split.yaml === null) {
    const message = text.trimStart().startsWith('---')
      ? 'the frontmatter is not closed: end it with a line `---`'
      : 'a lesson starts with YAML frontmatter between `---` lines (id, title, week, outline, minutes, objectives, practice, references)';
    return { lesson: null, issues: [{ file, line: 1, message }] };
  }
  const parsed = parseYaml(split.yaml, file, split.yamlStartLine - 1);
  if (parsed.issues.length > 0) return { lesson: null, issues: parsed.issues };
  const result = lessonFrontmatterSchema.safeParse(parsed.value ?? {});
  if (!result.success)
    return { lesson: null, issues: zodIssuesToSource(result.error, file, parsed.lineOf) };

  const fm = result.data;
  const issues: SourceIssue[] = [];
  const at = (path: (string | number)[], message: string) =>
    issues.push({ file, line: parsed.lineOf(path), path: formatPath(path), message });
  if (fm.id !== topic.id)
    at(['id'], `the id must match the file name: expected "${topic.id}", found "${fm.id}"`);
  if (fm.week !== topic.week)
    at(
      ['week'],
      `topic "${topic.id}" is in week ${topic.week} in program.yaml, not week ${fm.week}`,
    );
  if (fm.outline !== topic.outline)
    at(['outline'], `must be the outline bullet from program.yaml, verbatim: "${topic.outline}"`);
  fm.practice.forEach((practice, i) => {
    const entry = index.practiceById.get(practice.id);
    if (!entry)
      at(
        ['practice', i, 'id'],
        `unknown practice "${practice.id}": add it to the practice registry in program.yaml`,
      );
    else if (entry.kind !== practice.kind)
      at(
        ['practice', i, 'kind'],
        `practice "${practice.id}" is a ${entry.kind} in the registry, not a ${practice.kind}`,
      );
  });

  const folder = file.slice(0, file.lastIndexOf('/'));
  for (const ref of findReferences(split.body)) {
    const line = ref.line + split.bodyStartLine - 1;
    const problem =
      ref.kind === 'link'
        ? checkLink(ref.value, index)
        : checkComponent(ref.value, ref.attributes, index, folder, fileExists);
    if (problem) issues.push({ file, line, message: problem });
  }

  return {
    lesson: {
      topicId: topic.id,
      file,
      frontmatter: fm,
      body: split.body,
      bodyStartLine: split.bodyStartLine,
      words: countWords(split.body),
    },
    issues,
  };
}

/** Internal links are app routes: `/topics/ID`, `/weeks/N`, `/labs/ID`, `/`, the learning pages. */
export function checkLink(target: string, index: ProgramIndex): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return null;
  if (!target.startsWith('/')) {
    return `broken internal link "${target}": link to app routes such as /topics/retry-strategy or /weeks/4`;
  }
  const path = target.split(/[?#]/)[0]!.replace(/\/$/, '');
  if (path === '') return null;
  const topic = /^\/topics\/([^/]+)$/.exec(path);
  if (topic)
    return index.topicById.has(topic[1]!)
      ? null
      : `broken internal link "${target}": no topic "${topic[1]}"`;
  const week = /^\/weeks\/(\d+)$/.exec(path);
  if (week)
    return index.weekByNumber.has(Number(week[1]))
      ? null
      : `broken internal link "${target}": no week ${week[1]}`;
  const lab = /^\/labs\/([^/]+)$/.exec(path);
  if (lab)
    return index.practiceById.get(lab[1]!)?.kind === 'lab'
      ? null
      : `broken internal link "${target}": no lab "${lab[1]}" in the practice registry`;
  if (learningPages.includes(path)) return null;
  return `broken internal link "${target}": internal links go to /topics/ID, /weeks/N, /labs/ID or one of ${learningPages.join(', ')}`;
}

/** The learning loop's own pages, which lessons send learners to. */
export const learningPages = [
  '/assessments/level',
  '/assessments/archetypes',
  '/diagnostic',
  '/reviews',
  '/plan',
  '/search',
];

function checkComponent(
  name: string,
  attributes: Record<string, string>,
  index: ProgramIndex,
  folder: string,
  fileExists: (path: string) => boolean,
): string | null {
  const spec = lessonComponents[name];
  if (!spec)
    return `unknown component <${name}>: a lesson may use ${Object.keys(lessonComponents)
      .map((c) => `<${c}>`)
      .join(', ')}`;
  const missing = spec.required.filter((attr) => !(attr in attributes));
  if (missing.length > 0) return `<${name}> needs ${missing.map((a) => `${a}="…"`).join(' and ')}`;
  const unknown = Object.keys(attributes).filter((attr) => !spec.allowed.includes(attr));
  if (unknown.length > 0)
    return `<${name}> does not take ${unknown.join(', ')}; it takes ${spec.allowed.join(', ')}`;
  if (name === 'Lab' && index.practiceById.get(attributes.id!)?.kind !== 'lab') {
    return `<Lab id="${attributes.id}">: no lab with that id in the practice registry`;
  }
  if (name === 'Callout' && !(calloutKinds as readonly string[]).includes(attributes.kind!)) {
    return `<Callout kind="${attributes.kind}">: kind must be one of ${calloutKinds.join(', ')}`;
  }
  if (name === 'Figure') {
    const src = attributes.src!;
    if (!/^\.\/[A-Za-z0-9._-]+\.svg$/.test(src))
      return `<Figure src="${src}">: use an SVG next to the lesson, like src="./queue.svg"`;
    if (!fileExists(`${folder}/${src.slice(2)}`))
      return `<Figure src="${src}">: file ${folder}/${src.slice(2)} does not exist`;
  }
  return null;
}
