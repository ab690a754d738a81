// Self-assessments and the program diagnostic: serving their definitions, scoring submitted
// answers on the server and keeping the result, and reading results back. A result belongs to
// its owner alone: every read is filtered by user, so another user's result id answers 404
// exactly like an id that never existed.
import { randomInt, randomUUID } from 'node:crypto';
import type { Content } from '../../curriculum/index.js';
import {
  checkArchetypeAnswers,
  checkDiagnosticAnswers,
  checkLevelAnswers,
  compareArchetypes,
  compareDiagnostic,
  compareLevel,
  diagnosticFeedback,
  diagnosticFormView,
  scoreArchetypes,
  scoreDiagnostic,
  scoreLevel,
  type AnswerProblem,
  type ArchetypeResult,
  type Checked,
  type DiagnosticResult,
  type LevelResult,
} from '../../learning/assessments/index.js';
import type { RandomBelow } from '../../learning/quiz/index.js';
import type {
  AssessmentComparison,
  AssessmentKind,
  AssessmentList,
  AssessmentRecord,
  DiagnosticFormView,
} from '../../api/index.js';
import type { DiagnosticForm } from '../../curriculum/schema/assessments.js';
import { AccountError, type AccountsContext } from '../accounts/context.js';

/** Answers that do not fit the definition: one problem per field, each with its path. */
export class AnswersRejected extends AccountError {
  constructor(readonly problems: { path: string; message: string }[]) {
    super(
      400,
      `The answers do not fit the assessment: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}.`,
      problems[0]?.path,
    );
    this.name = 'AnswersRejected';
  }
}

const missing = (what: string, file: string) =>
  new AccountError(404, `This installation's content has no ${what} (content/${file}).`);

export function levelDefinition(content: Content) {
  if (!content.levelAssessment) throw missing('level self-assessment', 'assessments/level.yaml');
  return content.levelAssessment;
}

export function archetypeDefinition(content: Content) {
  if (!content.archetypeAssessment)
    throw missing('archetype questionnaire', 'assessments/archetypes.yaml');
  return content.archetypeAssessment;
}

function diagnosticDefinition(content: Content) {
  if (!content.diagnostic) throw missing('program diagnostic', 'assessments/diagnostic.yaml');
  return content.diagnostic;
}

const cryptoRandomBelow: RandomBelow = (n) => randomInt(n);

/** A diagnostic form as the learner sees it before answering: no correct flags, no explanations. */
export function diagnosticForm(
  content: Content,
  form: DiagnosticForm,
  randomBelow: RandomBelow = cryptoRandomBelow,
): DiagnosticFormView {
  const definition = diagnosticDefinition(content);
  return {
    form,
    title: definition.title,
    intro: definition.intro,
    questions: diagnosticFormView(definition, form, content, randomBelow),
  };
}

function accepted<T>(checked: Checked<T>): T {
  if (checked.ok) return checked.answers;
  throw new AnswersRejected(
    checked.problems.map((p: AnswerProblem) => ({
      path: p.path ? `body.answers.${p.path}` : 'body.answers',
      message: p.message,
    })),
  );
}

const formOf = (kind: 'diagnostic-start' | 'diagnostic-end'): DiagnosticForm =>
  kind === 'diagnostic-start' ? 'start' : 'end';

/** Checks and scores the answers, and keeps them with their result. */
export async function submitAssessment(
  ctx: AccountsContext,
  content: Content,
  userId: string,
  kind: AssessmentKind,
  input: unknown,
): Promise<AssessmentRecord> {
  let answers: unknown;
  let result: unknown;
  if (kind === 'level') {
    const definition = levelDefinition(content);
    const checked = accepted(checkLevelAnswers(definition, input));
    answers = checked;
    result = scoreLevel(definition, checked);
  } else if (kind === 'archetypes') {
    const definition = archetypeDefinition(content);
    const checked = accepted(checkArchetypeAnswers(definition, input));
    answers = checked;
    result = scoreArchetypes(definition, checked);
  } else {
    const definition = diagnosticDefinition(content);
    const checked = accepted(checkDiagnosticAnswers(definition, formOf(kind), input));
    answers = checked;
    result = scoreDiagnostic(definition, formOf(kind), checked, content);
  }
  const row: StoredRow = {
    id: randomUUID(),
    kind,
    answers: JSON.stringify(answers),
    result: JSON.stringify(result),
    taken_at: ctx.now().toISOString(),
  };
  await ctx.db
    .insertInto('assessment_results')
    .values({ ...row, user_id: userId })
    .execute();
  return withFeedback(content, toRecord(row));
}

interface StoredRow {
  id: string;
  kind: AssessmentKind;
  answers: string;
  result: string;
  taken_at: string;
}

function toRecord(row: StoredRow): AssessmentRecord {
  return {
    id: row.id,
    kind: row.kind,
    takenAt: row.taken_at,
    answers: JSON.parse(row.answers),
    result: JSON.parse(row.result),
  } as AssessmentRecord;
}

/** A diagnostic result with its explanations, read from the content as it is now. */
function withFeedback(content: Content, record: AssessmentRecord): AssessmentRecord {
  if (record.kind !== 'diagnostic-start' && record.kind !== 'diagnostic-end') return record;
  if (!content.diagnostic) return record;
  return { ...record, feedback: diagnosticFeedback(content.diagnostic, record.result) };
}

async function rowsOf(ctx: AccountsContext, userId: string, ids?: string[]): Promise<StoredRow[]> {
  let query = ctx.db
    .selectFrom('assessment_results')
    .select(['id', 'kind', 'answers', 'result', 'taken_at'])
    .where('user_id', '=', userId);
  if (ids) query = query.where('id', 'in', ids);
  return query.orderBy('taken_at', 'desc').orderBy('id', 'desc').execute();
}

/** The user's results of each kind, newest first. */
export async function listAssessments(
  ctx: AccountsContext,
  userId: string,
): Promise<AssessmentList> {
  const list: AssessmentList = {
    level: [],
    archetypes: [],
    'diagnostic-start': [],
    'diagnostic-end': [],
  };
  for (const row of await rowsOf(ctx, userId)) list[row.kind].push(toRecord(row));
  return list;
}

const noSuchResult = (id: string) =>
  new AccountError(
    404,
    `You have no assessment result "${id}". GET /api/v1/me/assessments lists yours.`,
  );

export async function getAssessment(
  ctx: AccountsContext,
  content: Content,
  userId: string,
  id: string,
): Promise<AssessmentRecord> {
  const [row] = await rowsOf(ctx, userId, [id]);
  if (!row) throw noSuchResult(id);
  return withFeedback(content, toRecord(row));
}

const isDiagnostic = (kind: AssessmentKind) => kind.startsWith('diagnostic-');

/** How `to` differs from `from`: two results of the same assessment (either diagnostic form). */
export async function compareAssessments(
  ctx: AccountsContext,
  userId: string,
  fromId: string,
  toId: string,
): Promise<AssessmentComparison> {
  const rows = await rowsOf(ctx, userId, [fromId, toId]);
  const from = rows.find((r) => r.id === fromId);
  const to = rows.find((r) => r.id === toId);
  if (!from) throw noSuchResult(fromId);
  if (!to) throw noSuchResult(toId);
  const refs = {
    from: { id: from.id, takenAt: from.taken_at },
    to: { id: to.id, takenAt: to.taken_at },
  };
  const a: unknown = JSON.parse(from.result);
  const b: unknown = JSON.parse(to.result);
  if (from.kind === 'level' && to.kind === 'level')
    return { kind: 'level', ...refs, comparison: compareLevel(a as LevelResult, b as LevelResult) };
  if (from.kind === 'archetypes' && to.kind === 'archetypes')
    return {
      kind: 'archetypes',
      ...refs,
      comparison: compareArchetypes(a as ArchetypeResult, b as ArchetypeResult),
    };
  if (isDiagnostic(from.kind) && isDiagnostic(to.kind))
    return {
      kind: 'diagnostic',
      ...refs,
      comparison: compareDiagnostic(a as DiagnosticResult, b as DiagnosticResult),
    };
  throw new AccountError(
    400,
    `Compare two results of the same assessment: "${fromId}" is a ${from.kind} result and "${toId}" a ${to.kind} result.`,
    'query.to',
  );
}

/** Every assessment result of the user, oldest first, for their data export. */
export async function exportAssessmentsForAccount(ctx: AccountsContext, userId: string) {
  const rows = await rowsOf(ctx, userId);
  return rows.reverse().map(toRecord);
}
