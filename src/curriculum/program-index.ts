// Indexes program.yaml: every week and topic with its place in the program, and the
// practice registry. Cross-reference errors (duplicate ids, unknown practice, weeks out of
// order) are located at their line in program.yaml.
import type { Module, PracticeEntry, Program, Topic, Week } from './schema/program.js';
import { formatPath, type ParsedYaml, type SourceIssue } from './source.js';

export interface WeekInfo extends Week {
  moduleId: string;
  /** Folder under content/weeks/, e.g. `04-failure-retries`. */
  folder: string;
}

export interface TopicInfo extends Topic {
  week: number;
  moduleId: string;
  folder: string;
}

export interface ProgramIndex {
  program: Program;
  modules: Module[];
  weeks: WeekInfo[];
  topics: TopicInfo[];
  topicById: Map<string, TopicInfo>;
  weekByNumber: Map<number, WeekInfo>;
  weekByFolder: Map<string, WeekInfo>;
  practiceById: Map<string, PracticeEntry>;
}

export const PROGRAM_FILE = 'program.yaml';

export function weekFolder(week: Pick<Week, 'number' | 'slug'>): string {
  return `${String(week.number).padStart(2, '0')}-${week.slug}`;
}

export function indexProgram(
  program: Program,
  lineOf: ParsedYaml['lineOf'],
): { index: ProgramIndex; issues: SourceIssue[] } {
  const issues: SourceIssue[] = [];
  const report = (path: (string | number)[], message: string) =>
    issues.push({ file: PROGRAM_FILE, line: lineOf(path), path: formatPath(path), message });

  const practiceById = new Map<string, PracticeEntry>();
  program.practice.forEach((entry, i) => {
    if (practiceById.has(entry.id))
      report(['practice', i, 'id'], `duplicate practice id "${entry.id}"`);
    practiceById.set(entry.id, entry);
  });

  const weeks: WeekInfo[] = [];
  const topics: TopicInfo[] = [];
  const topicById = new Map<string, TopicInfo>();
  const moduleIds = new Set<string>();
  program.modules.forEach((module, m) => {
    if (moduleIds.has(module.id))
      report(['modules', m, 'id'], `duplicate module id "${module.id}"`);
    moduleIds.add(module.id);
    module.weeks.forEach((week, w) => {
      const expected = weeks.length + 1;
      if (week.number !== expected) {
        report(
          ['modules', m, 'weeks', w, 'number'],
          `weeks are numbered 1, 2, 3… in reading order: expected ${expected}, found ${week.number}`,
        );
      }
      const info: WeekInfo = { ...week, moduleId: module.id, folder: weekFolder(week) };
      weeks.push(info);
      week.topics.forEach((topic, t) => {
        const here = ['modules', m, 'weeks', w, 'topics', t];
        if (topicById.has(topic.id)) report([...here, 'id'], `duplicate topic id "${topic.id}"`);
        topic.practice.forEach((practiceId, p) => {
          if (!practiceById.has(practiceId)) {
            report(
              [...here, 'practice', p],
              `unknown practice "${practiceId}": add it to the practice registry at the end of program.yaml`,
            );
          }
        });
        const topicInfo: TopicInfo = {
          ...topic,
          week: week.number,
          moduleId: module.id,
          folder: info.folder,
        };
        topics.push(topicInfo);
        topicById.set(topic.id, topicInfo);
      });
    });
  });

  return {
    index: {
      program,
      modules: program.modules,
      weeks,
      topics,
      topicById,
      weekByNumber: new Map(weeks.map((week) => [week.number, week])),
      weekByFolder: new Map(weeks.map((week) => [week.folder, week])),
      practiceById,
    },
    issues,
  };
}
