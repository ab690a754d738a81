// The files under content/assessments/: the level self-assessment, the archetype questionnaire
// and the program diagnostic. Reads each into the content, then checks what reaches outside one
// file: topic ids, quiz ids, the modules of the program and the practice registry.
import {
  archetypeAssessmentSchema,
  diagnosticForms,
  diagnosticSchema,
  levelAssessmentSchema,
  type Diagnostic,
  type LevelAssessment,
} from './schema/assessments.js';
import { checkArchetypes } from './cross-checks.js';
import type { Content } from './load.js';
import { PROGRAM_FILE } from './program-index.js';
import { formatPath, parseYaml, parseYamlWith, type SourceIssue } from './source.js';

export const LEVEL_FILE = 'assessments/level.yaml';
export const ARCHETYPES_FILE = 'assessments/archetypes.yaml';
export const DIAGNOSTIC_FILE = 'assessments/diagnostic.yaml';

/** Twenty concepts, each asked once in the start form and once in the end form. */
export const DIAGNOSTIC_PAIRS = 20;

/** The tools that are an assessment: marking one available needs its file. */
const toolFiles: Record<string, string> = {
  'level-assessment': LEVEL_FILE,
  'archetype-assessment': ARCHETYPES_FILE,
};

/**
 * Reads `path` into the content when it is one of the assessment files; false when it is not
 * one, so the caller can look further.
 */
export function readAssessmentFile(
  path: string,
  text: string,
  content: Content,
  errors: SourceIssue[],
): boolean {
  if (path === LEVEL_FILE) {
    const result = parseYamlWith(levelAssessmentSchema, text, path);
    if (result.ok) content.levelAssessment = result.value;
    else errors.push(...result.issues);
    return true;
  }
  if (path === ARCHETYPES_FILE) {
    const result = parseYamlWith(archetypeAssessmentSchema, text, path);
    if (result.ok) {
      content.archetypeAssessment = result.value;
      errors.push(...checkArchetypes(result.value, path, parseYaml(text, path).lineOf));
    } else errors.push(...result.issues);
    return true;
  }
  if (path === DIAGNOSTIC_FILE) {
    const result = parseYamlWith(diagnosticSchema, text, path);
    if (result.ok) content.diagnostic = result.value;
    else errors.push(...result.issues);
    return true;
  }
  return false;
}

type Report = (path: (string | number)[], message: string) => void;

function reporter(file: string, text: string, issues: SourceIssue[]): Report {
  const { lineOf } = parseYaml(text, file);
  return (path, message) => {
    const where = formatPath(path);
    issues.push({ file, line: lineOf(path), ...(where ? { path: where } : {}), message });
  };
}

/** Checks between the assessment files and the rest of the content; run after everything loaded. */
export function checkAssessments(content: Content, texts: Map<string, string>): SourceIssue[] {
  const issues: SourceIssue[] = [];
  if (content.levelAssessment)
    checkLevel(
      content.levelAssessment,
      content,
      reporter(LEVEL_FILE, texts.get(LEVEL_FILE) ?? '', issues),
    );
  if (content.diagnostic)
    checkDiagnostic(
      content.diagnostic,
      content,
      reporter(DIAGNOSTIC_FILE, texts.get(DIAGNOSTIC_FILE) ?? '', issues),
    );
  const loaded: Record<string, unknown> = {
    [LEVEL_FILE]: content.levelAssessment,
    [ARCHETYPES_FILE]: content.archetypeAssessment,
  };
  for (const [id, file] of Object.entries(toolFiles)) {
    const entry = content.practiceById.get(id);
    if (entry?.status !== 'available' || loaded[file]) continue;
    issues.push({
      file: PROGRAM_FILE,
      path: `practice.${id}`,
      message: `the tool "${id}" is marked available but content/${file} is missing or invalid: fix it or mark the tool planned`,
    });
  }
  return issues;
}

function checkLevel(level: LevelAssessment, content: Content, report: Report): void {
  const ids = new Set<string>();
  level.dimensions.forEach((dimension, i) => {
    if (ids.has(dimension.id))
      report(['dimensions', i, 'id'], `duplicate dimension "${dimension.id}"`);
    ids.add(dimension.id);
    dimension.topics.forEach((topic, j) => {
      if (!content.topicById.has(topic))
        report(
          ['dimensions', i, 'topics', j],
          `unknown topic "${topic}": use a topic id from program.yaml`,
        );
    });
  });
  const ranked = new Set<string>();
  level.slowestEvidenceFirst.forEach((id, i) => {
    if (!ids.has(id))
      report(
        ['slowestEvidenceFirst', i],
        `unknown dimension "${id}": list the ids under dimensions (${[...ids].join(', ')})`,
      );
    else if (ranked.has(id)) report(['slowestEvidenceFirst', i], `"${id}" is listed twice`);
    ranked.add(id);
  });
  const unranked = [...ids].filter((id) => !ranked.has(id));
  if (unranked.length > 0)
    report(
      ['slowestEvidenceFirst'],
      `rank every dimension once: ${unranked.join(', ')} ${unranked.length === 1 ? 'is' : 'are'} missing`,
    );
}

function checkDiagnostic(diagnostic: Diagnostic, content: Content, report: Report): void {
  if (diagnostic.pairs.length !== DIAGNOSTIC_PAIRS)
    report(
      ['pairs'],
      `the diagnostic has exactly ${DIAGNOSTIC_PAIRS} pairs, one concept each (found ${diagnostic.pairs.length})`,
    );
  const quizIds = new Map<string, string>();
  for (const [topicId, quiz] of content.quizzes)
    for (const item of [...quiz.questions, ...quiz.cards]) quizIds.set(item.id, topicId);
  const pairIds = new Set<string>();
  const questionIds = new Set<string>();
  const covered = { start: new Set<string>(), end: new Set<string>() };
  diagnostic.pairs.forEach((pair, i) => {
    if (pairIds.has(pair.id)) report(['pairs', i, 'id'], `duplicate pair id "${pair.id}"`);
    pairIds.add(pair.id);
    for (const form of diagnosticForms) {
      const question = pair[form];
      const topic = content.topicById.get(question.topic);
      if (!topic)
        report(
          ['pairs', i, form, 'topic'],
          `unknown topic "${question.topic}": use a topic id from program.yaml`,
        );
      else covered[form].add(topic.moduleId);
      if (questionIds.has(question.id))
        report(['pairs', i, form, 'id'], `duplicate question id "${question.id}"`);
      questionIds.add(question.id);
      const quizTopic = quizIds.get(question.id);
      if (quizTopic)
        report(
          ['pairs', i, form, 'id'],
          `"${question.id}" is already an id in the ${quizTopic} quiz: diagnostic ids are distinct from quiz ids`,
        );
    }
    if (pair.start.topic !== pair.end.topic)
      report(
        ['pairs', i, 'end', 'topic'],
        `both questions of a pair test the same topic: the start form asks about "${pair.start.topic}", the end form about "${pair.end.topic}"`,
      );
  });
  for (const form of diagnosticForms) {
    const missing = content.modules.filter((module) => !covered[form].has(module.id));
    if (missing.length > 0)
      report(
        ['pairs'],
        `the ${form} form has no question on ${missing.map((m) => `"${m.id}"`).join(', ')}: each form covers every module`,
      );
  }
}
