// Checks that span more than one field: ids that must be unique across the whole program and
// references between parts of an assessment.
import type { ArchetypeAssessment } from './schema/assessments.js';
import type { Content } from './load.js';
import { formatPath, parseYaml, type ParsedYaml, type SourceIssue } from './source.js';

/** Question and card ids start with their topic id and are unique across the program. */
export function checkQuizIds(
  content: Content,
  quizFiles: Map<string, string>,
  texts: Map<string, string>,
): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const seen = new Map<string, string>();
  for (const [topicId, quiz] of content.quizzes) {
    const file = quizFiles.get(topicId)!;
    let lineOf: ParsedYaml['lineOf'] | null = null;
    const line = (path: (string | number)[]) =>
      (lineOf ??= parseYaml(texts.get(file) ?? '', file).lineOf)(path);
    const entries: [string, (string | number)[]][] = [
      ...quiz.questions.map((q, i): [string, (string | number)[]] => [
        q.id,
        ['questions', i, 'id'],
      ]),
      ...quiz.cards.map((c, i): [string, (string | number)[]] => [c.id, ['cards', i, 'id']]),
    ];
    for (const [id, path] of entries) {
      const where = formatPath(path);
      if (!id.startsWith(`${topicId}.`)) {
        issues.push({
          file,
          line: line(path),
          path: where,
          message: `ids in this file start with "${topicId}." (found "${id}")`,
        });
      }
      const other = seen.get(id);
      if (other)
        issues.push({
          file,
          line: line(path),
          path: where,
          message: `duplicate id "${id}" (also in ${other}); ids are unique across the program and never reused`,
        });
      seen.set(id, file);
    }
  }
  return issues;
}

export function checkArchetypes(
  assessment: ArchetypeAssessment,
  file: string,
  lineOf: ParsedYaml['lineOf'],
): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const add = (path: (string | number)[], message: string) =>
    issues.push({ file, line: lineOf(path), path: formatPath(path), message });
  const archetypes = new Set<string>();
  assessment.archetypes.forEach((a, i) => {
    if (archetypes.has(a.id)) add(['archetypes', i, 'id'], `"${a.id}" is described twice`);
    archetypes.add(a.id);
  });
  const itemIds = new Set<string>();
  assessment.items.forEach((item, i) => {
    if (itemIds.has(item.id)) add(['items', i, 'id'], `duplicate item id "${item.id}"`);
    itemIds.add(item.id);
    const optionIds = new Set<string>();
    item.options.forEach((option, j) => {
      if (optionIds.has(option.id))
        add(['items', i, 'options', j, 'id'], `duplicate option id "${option.id}"`);
      optionIds.add(option.id);
    });
  });
  const pairs = new Set<string>();
  assessment.interpretations.forEach((entry, i) => {
    if (entry.primary === entry.secondary)
      add(
        ['interpretations', i, 'secondary'],
        'the secondary archetype must differ from the primary',
      );
    const key = `${entry.primary}/${entry.secondary}`;
    if (pairs.has(key)) add(['interpretations', i], `${key} is interpreted twice`);
    pairs.add(key);
  });
  return issues;
}
