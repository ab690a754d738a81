// Runs a rubric's automatic document checks (CONTENT_GUIDE.md vocabulary) on a learner's
// Markdown draft. Pure: the same function serves the lesson page, artifact workspaces and tests.
import type { DocumentCheck } from '../../curriculum/schema/rubric.js';
import {
  containsPhrase,
  countListItems,
  countWords,
  normalizeHeading,
  parseDocument,
  type Section,
} from './markdown-sections.js';

export interface CheckResult {
  check: DocumentCheck;
  passed: boolean;
  /** What the writer should do: the rubric's message, plus what was found when it helps. */
  message: string;
  /** The measured value where the check has one (words, items). */
  value?: number;
  /** Set when the check failed because the section it looks at does not exist. */
  missingSection?: string;
}

export interface ChecksSummary {
  results: CheckResult[];
  passed: number;
  failed: number;
}

/**
 * Runs every check. `template` is the artifact's starting document: lines left exactly as in
 * the template, and blockquoted prompts, do not count towards any check.
 */
export function runDocumentChecks(
  markdown: string,
  checks: readonly DocumentCheck[],
  template?: string,
): ChecksSummary {
  const doc = parseDocument(markdown, template);
  const find = (heading: string): Section | undefined => {
    const wanted = normalizeHeading(heading);
    return doc.sections.find((section) => normalizeHeading(section.heading) === wanted);
  };
  const results = checks.map((check): CheckResult => {
    const heading = 'heading' in check ? check.heading : undefined;
    const section = heading === undefined ? undefined : find(heading);
    if (heading !== undefined && !section) {
      return {
        check,
        passed: false,
        message:
          check.kind === 'section'
            ? check.message
            : `Add a section headed "${heading}". ${check.message}`,
        missingSection: heading,
      };
    }
    const lines = section ? section.lines : doc.lines;
    const result = (passed: boolean, value?: number): CheckResult => ({
      check,
      passed,
      message: check.message,
      ...(value === undefined ? {} : { value }),
    });
    switch (check.kind) {
      case 'section':
        return result(true);
      case 'min-items': {
        const items = countListItems(lines);
        return result(items >= check.min, items);
      }
      case 'has-number':
        return result(lines.some((line) => /\d/.test(line)));
      case 'min-words': {
        const words = countWords(lines);
        return result(words >= check.min, words);
      }
      case 'max-words': {
        const words = countWords(lines);
        return result(words <= check.max, words);
      }
      case 'mentions':
        return result(check.words.some((word) => containsPhrase(lines, word)));
      case 'avoid': {
        const found = check.phrases.filter((phrase) => containsPhrase(lines, phrase));
        return found.length === 0
          ? result(true)
          : {
              check,
              passed: false,
              message: `${check.message} (found: ${found.map((p) => `"${p}"`).join(', ')})`,
            };
      }
    }
  });
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, failed: results.length - passed };
}

/**
 * The failures worth showing a writer: one line per missing section (its own `section` check's
 * message when the rubric has one), then every other failed check.
 */
export function adviceFor(summary: ChecksSummary): string[] {
  const missing = new Map<string, string>();
  const advice: string[] = [];
  for (const result of summary.results) {
    if (result.passed) continue;
    if (result.missingSection === undefined) {
      advice.push(result.message);
      continue;
    }
    const key = normalizeHeading(result.missingSection);
    if (!missing.has(key) || result.check.kind === 'section') missing.set(key, result.message);
  }
  return [...missing.values(), ...advice];
}
