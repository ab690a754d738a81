// The curriculum: schemas of everything under content/, the loader and its checks.
export * from './schema/common.js';
export * from './schema/program.js';
export * from './schema/lesson.js';
export * from './schema/quiz.js';
export * from './schema/rubric.js';
export * from './schema/assessments.js';
export * from './schema/week.js';
export * from './schema/lab.js';
export { loadLabs, labSummaries } from './labs/load-labs.js';
export * from './labs/knobs.js';
export { getAtPath, setAtPath } from './labs/scenario-path.js';
export {
  loadContent,
  type Content,
  type ContentFile,
  type ContentReport,
  type WeekNote,
  type Template,
} from './load.js';
export type { Lesson } from './lessons.js';
export { lessonComponents, calloutKinds } from './lessons.js';
export { weekFolder, type WeekInfo, type TopicInfo } from './program-index.js';
export { checkMinimums, topicStats, lessonMinimums, type TopicStats } from './minimums.js';
export { splitFrontmatter } from './frontmatter.js';
export { countWords, findHeadings } from './mdx-body.js';
export {
  parseYaml,
  parseYamlWith,
  formatIssue,
  formatPath,
  type SourceIssue,
  type ParsedYaml,
} from './source.js';
