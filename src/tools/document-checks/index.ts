export {
  adviceFor,
  runDocumentChecks,
  type CheckResult,
  type ChecksSummary,
} from './run-checks.js';
export { normalizeHeading } from './markdown-sections.js';
