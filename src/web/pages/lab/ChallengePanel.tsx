// The challenge: the goal, each condition's value against its target with pass or fail in
// words and an icon (never colour alone), and, with a pinned run, its values beside the
// current ones. A diagnosis lab asks its question instead (DiagnosisPanel).
import type { ConditionResult } from '../../../learning/labs/challenge.js';
import type { RunView } from './lab-protocol.js';
import { formatNumber } from './chart-data.js';

const opText: Record<string, string> = { '<': '<', '<=': '≤', '=': '=', '>=': '≥', '>': '>' };

function valueText(value: ConditionResult['value']): string {
  return typeof value === 'number' ? formatNumber(value) : value === null ? 'no data' : value;
}

export function Verdict({ passed }: { passed: boolean }) {
  return (
    <span className={`verdict ${passed ? 'verdict-pass' : 'verdict-fail'}`}>
      <span aria-hidden="true">{passed ? '✓' : '✗'}</span> {passed ? 'Pass' : 'Fail'}
    </span>
  );
}

export function ConditionsPanel({ run, pinned }: { run: RunView; pinned: RunView | null }) {
  const held = run.conditions.filter((c) => c.passed).length;
  return (
    <>
      <table className="conditions">
        <caption className="visually-hidden">The challenge's conditions on this run</caption>
        <thead>
          <tr>
            <th scope="col">Condition</th>
            <th scope="col">Target</th>
            {pinned && <th scope="col">Before (pinned)</th>}
            <th scope="col">{pinned ? 'After (this run)' : 'This run'}</th>
          </tr>
        </thead>
        <tbody>
          {run.conditions.map((c, i) => {
            const before = pinned?.conditions[i];
            return (
              <tr key={c.name} data-condition={i}>
                <th scope="row">{c.name}</th>
                <td>
                  {opText[c.op] ?? c.op} {String(c.target)}
                </td>
                {pinned && (
                  <td data-pinned-value={String(before?.value ?? '')}>
                    {before ? (
                      <>
                        {valueText(before.value)} <Verdict passed={before.passed} />
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                )}
                <td data-value={String(c.value ?? '')}>
                  {valueText(c.value)} <Verdict passed={c.passed} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p
        className={`overall ${run.passed ? 'overall-pass' : 'overall-fail'}`}
        data-passed={run.passed === true}
      >
        <span aria-hidden="true">{run.passed ? '✓ ' : '✗ '}</span>
        {run.passed
          ? 'Passed: every condition holds on this run.'
          : `Not yet: ${held} of ${run.conditions.length} conditions ${held === 1 ? 'holds' : 'hold'}.`}
        {pinned && pinned.passed !== null && (
          <span className="muted">
            {' '}
            The pinned run {pinned.passed ? 'passed' : 'did not pass'}.
          </span>
        )}
      </p>
    </>
  );
}
