// Loads the whole content folder from a list of files (the caller reads the disk; this module
// stays pure so the same checks run in the CLI, the server and tests). Structural problems are
// errors; a topic without a lesson is reported as missing, not as an error (CONTENT_GUIDE.md).
import { programSchema } from './schema/program.js';
import { quizSchema, type Quiz } from './schema/quiz.js';
import {
  rubricSchema,
  templateFrontmatterSchema,
  type Rubric,
  type TemplateFrontmatter,
} from './schema/rubric.js';
import { weekNoteFrontmatterSchema } from './schema/week.js';
import type { ArchetypeAssessment, Diagnostic, LevelAssessment } from './schema/assessments.js';
import { indexProgram, PROGRAM_FILE, type ProgramIndex } from './program-index.js';
import { readLesson, type Lesson } from './lessons.js';
import { checkQuizIds } from './cross-checks.js';
import { checkAssessments, readAssessmentFile } from './assessment-files.js';
import { splitFrontmatter } from './frontmatter.js';
import { parseYaml, parseYamlWith, zodIssuesToSource, type SourceIssue } from './source.js';
import { loadLabs } from './labs/load-labs.js';
import type { Lab } from './schema/lab.js';
import type { z } from 'zod';

export interface ContentFile {
  /** Path relative to the content folder, with `/` separators: `weeks/04-failure-retries/retry-strategy.mdx`. */
  path: string;
  text: string;
}

export interface WeekNote {
  week: number;
  file: string;
  body: string;
}

export interface Template {
  file: string;
  frontmatter: TemplateFrontmatter;
  body: string;
}

export interface Content extends ProgramIndex {
  lessons: Map<string, Lesson>;
  quizzes: Map<string, Quiz>;
  weekNotes: Map<number, WeekNote>;
  rubrics: Map<string, Rubric>;
  templates: Map<string, Template>;
  levelAssessment: LevelAssessment | null;
  archetypeAssessment: ArchetypeAssessment | null;
  diagnostic: Diagnostic | null;
  labs: Map<string, Lab>;
}

export interface ContentReport {
  /** Null when program.yaml itself is unusable. */
  content: Content | null;
  errors: SourceIssue[];
  warnings: SourceIssue[];
  /** Topic ids with no lesson file yet, in program order. */
  missingLessons: string[];
}

/** Folders the file loop skips: labs have their own loader, scenarios the engine's validator. */
const foreignFolders = ['labs/', 'scenarios/'];

export function loadContent(files: readonly ContentFile[]): ContentReport {
  const errors: SourceIssue[] = [];
  const warnings: SourceIssue[] = [];
  const byPath = new Map(files.map((file) => [file.path, file.text]));
  const programText = byPath.get(PROGRAM_FILE);
  if (programText === undefined) {
    return {
      content: null,
      errors: [
        {
          file: PROGRAM_FILE,
          message: 'program.yaml is missing: the content folder must hold the program',
        },
      ],
      warnings,
      missingLessons: [],
    };
  }
  const parsedProgram = parseYaml(programText, PROGRAM_FILE);
  if (parsedProgram.issues.length > 0)
    return { content: null, errors: parsedProgram.issues, warnings, missingLessons: [] };
  const programResult = programSchema.safeParse(parsedProgram.value);
  if (!programResult.success) {
    return {
      content: null,
      errors: zodIssuesToSource(programResult.error, PROGRAM_FILE, parsedProgram.lineOf),
      warnings,
      missingLessons: [],
    };
  }
  const { index, issues } = indexProgram(programResult.data, parsedProgram.lineOf);
  errors.push(...issues);

  const content: Content = {
    ...index,
    lessons: new Map(),
    quizzes: new Map(),
    weekNotes: new Map(),
    rubrics: new Map(),
    templates: new Map(),
    levelAssessment: null,
    archetypeAssessment: null,
    diagnostic: null,
    labs: new Map(),
  };
  const fileExists = (path: string) => byPath.has(path);
  const quizFiles = new Map<string, string>();

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const { path, text } = file;
    if (
      path === PROGRAM_FILE ||
      foreignFolders.some((folder) => path.startsWith(folder)) ||
      /(^|\/)README\.md$/.test(path)
    )
      continue;
    const week = /^weeks\/([^/]+)\/([^/]+)$/.exec(path);
    if (week) {
      const [, folder, name] = week as unknown as [string, string, string];
      const weekInfo = index.weekByFolder.get(folder);
      if (!weekInfo) {
        errors.push({
          file: path,
          message: `unknown week folder "${folder}": week folders are NN-slug from program.yaml (${index.weeks
            .slice(0, 2)
            .map((w) => w.folder)
            .join(', ')}, …)`,
        });
        continue;
      }
      if (name === 'week.md') {
        const note = readFrontmatterFile(path, text, weekNoteFrontmatterSchema, errors);
        if (note && note.frontmatter.week !== weekInfo.number) {
          errors.push({
            file: path,
            line: 2,
            path: 'week',
            message: `this folder is week ${weekInfo.number}, the frontmatter says ${note.frontmatter.week}`,
          });
        } else if (note)
          content.weekNotes.set(weekInfo.number, {
            week: weekInfo.number,
            file: path,
            body: note.body,
          });
        continue;
      }
      if (name.endsWith('.svg')) continue;
      const lessonMatch = /^(.+)\.mdx$/.exec(name);
      const quizMatch = /^(.+)\.quiz\.yaml$/.exec(name);
      const topicId = lessonMatch?.[1] ?? quizMatch?.[1];
      if (topicId === undefined) {
        errors.push({
          file: path,
          message:
            'unexpected file: a week folder holds week.md, TOPIC-ID.mdx, TOPIC-ID.quiz.yaml and SVG figures',
        });
        continue;
      }
      const topic = index.topicById.get(topicId);
      if (!topic || topic.week !== weekInfo.number) {
        const where = topic ? `; it belongs in weeks/${topic.folder}/` : '';
        errors.push({
          file: path,
          message: `unknown topic id "${topicId}" for week ${weekInfo.number}${where}`,
        });
        continue;
      }
      if (lessonMatch) {
        const { lesson, issues: lessonIssues } = readLesson(path, text, topic, index, fileExists);
        errors.push(...lessonIssues);
        if (lesson) content.lessons.set(topic.id, lesson);
      } else {
        const quiz = parseYamlWith(quizSchema, text, path);
        if (!quiz.ok) errors.push(...quiz.issues);
        else {
          content.quizzes.set(topic.id, quiz.value);
          quizFiles.set(topic.id, path);
        }
      }
      continue;
    }
    const rubric = /^rubrics\/([^/]+)\.yaml$/.exec(path);
    if (rubric) {
      const result = parseYamlWith(rubricSchema, text, path);
      if (!result.ok) errors.push(...result.issues);
      else if (checkArtifactId(path, rubric[1]!, result.value.artifact, index, errors))
        content.rubrics.set(result.value.artifact, result.value);
      continue;
    }
    const template = /^templates\/([^/]+)\.md$/.exec(path);
    if (template) {
      const doc = readFrontmatterFile(path, text, templateFrontmatterSchema, errors);
      if (doc && checkArtifactId(path, template[1]!, doc.frontmatter.artifact, index, errors)) {
        content.templates.set(doc.frontmatter.artifact, {
          file: path,
          frontmatter: doc.frontmatter,
          body: doc.body,
        });
      }
      continue;
    }
    if (readAssessmentFile(path, text, content, errors)) continue;
    warnings.push({
      file: path,
      message: 'not part of the content layout (CONTENT_GUIDE.md): ignored',
    });
  }

  const labs = loadLabs(files, index);
  content.labs = labs.labs;
  errors.push(...labs.errors);

  errors.push(...checkQuizIds(content, quizFiles, byPath));
  errors.push(...checkAssessments(content, byPath));
  for (const [topicId, file] of quizFiles) {
    if (!content.lessons.has(topicId))
      warnings.push({
        file,
        message: `a quiz without its lesson: ${topicId}.mdx is not written yet`,
      });
  }
  const missingLessons = index.topics
    .filter((topic) => !content.lessons.has(topic.id))
    .map((topic) => topic.id);
  return { content, errors, warnings, missingLessons };
}

function checkArtifactId(
  file: string,
  fileId: string,
  declared: string,
  index: ProgramIndex,
  errors: SourceIssue[],
): boolean {
  if (declared !== fileId) {
    errors.push({
      file,
      path: 'artifact',
      message: `must match the file name: expected "${fileId}", found "${declared}"`,
    });
    return false;
  }
  if (!index.practiceById.has(declared)) {
    errors.push({
      file,
      path: 'artifact',
      message: `unknown practice "${declared}": add it to the practice registry in program.yaml`,
    });
    return false;
  }
  return true;
}

function readFrontmatterFile<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  errors: SourceIssue[],
): { frontmatter: T; body: string } | null {
  const split = splitFrontmatter(text);
  if (split.yaml === null) {
    errors.push({
      file,
      line: 1,
      message: 'this file starts with YAML frontmatter between `---` lines',
    });
    return null;
  }
  const parsed = parseYaml(split.yaml, file, split.yamlStartLine - 1);
  if (parsed.issues.length > 0) {
    errors.push(...parsed.issues);
    return null;
  }
  const result = schema.safeParse(parsed.value ?? {});
  if (!result.success) {
    errors.push(...zodIssuesToSource(result.error, file, parsed.lineOf));
    return null;
  }
  return { frontmatter: result.data, body: split.body };
}
