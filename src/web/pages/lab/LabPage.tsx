// /labs/:id — a lab over the simulation engine: knobs (in the URL), a run in a Web Worker on
// every change, charts, the topology, traces, the challenge checked on the run, and a pinned
// run to compare with. The page checks locally for instant feedback; a pass is recorded only
// by the server, which re-runs the lab itself.
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { LabDetail } from '../../../api/index.js';
import { useLab, useTopic } from '../../api/client.js';
import { LoadError, Loading } from '../../app/states.js';
import { useLabRunner, type SweepPoints } from './use-lab-runner.js';
import { useLabControls } from './use-lab-controls.js';
import type { RunView } from './lab-protocol.js';
import { faultVisibility, faultWindows } from './lab-model.js';
import { runKey } from './url-state.js';
import { KnobPanel } from './KnobPanel.js';
import { ConditionsPanel } from './ChallengePanel.js';
import { DiagnosisPanel, type DiagnosisAnswer } from './DiagnosisPanel.js';
import { PredictForm, PredictionResults, PredictToggle } from './Predictions.js';
import { RecordPass } from './RecordPass.js';
import { SeriesChart } from './SeriesChart.js';
import { SweepChart } from './SweepChart.js';
import { Topology } from './Topology.js';
import { TraceWaterfall } from './TraceWaterfall.js';
import { Brief, NoticeAndQuestions } from './LabText.js';
import '../../styles/lab.css';
import '../../styles/lab-views.css';

export function LabPage() {
  const id = useParams().id ?? '';
  const lab = useLab(id);
  if (lab.isPending) return <Loading what="the lab" />;
  if (lab.isError) return <LoadError error={lab.error} />;
  return <LabView key={id} detail={lab.data} />;
}

interface Pinned {
  run: RunView;
  sweeps: SweepPoints;
}

function LabView({ detail }: { detail: LabDetail }) {
  const lab = detail.definition;
  const topic = useTopic(lab.topic);
  const controls = useLabControls(lab);
  const runner = useLabRunner(lab, controls.target.knobs, controls.target.seed);
  const [pinned, setPinned] = useState<Pinned | null>(null);
  const [answer, setAnswer] = useState<{ seed: number; answer: DiagnosisAnswer } | null>(null);
  const { run } = runner;
  const visibility = useMemo(() => faultVisibility(lab), [lab]);
  const windows = useMemo(
    () => (run ? faultWindows(run.faults, run.result.duration, visibility) : []),
    [run, visibility],
  );
  const diagnosis = lab.challenge.kind === 'diagnosis';
  const fresh = run !== null && run.key === runKey(controls.knobs, controls.seed);
  const answered = answer?.seed === controls.seed ? answer.answer : null;
  // Sweeps of a run pinned before they finished keep filling in while that run is on screen.
  const pinnedSweeps = pinned && run && pinned.run.id === run.id ? runner.sweeps : pinned?.sweeps;
  const passedHere = fresh && (diagnosis ? answered?.right === true : run.passed === true);

  return (
    <article
      className="lab-page"
      data-runs={runner.count}
      data-running={runner.running}
      data-seed={controls.seed}
    >
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Program</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/weeks/${detail.summary.week}`}>Week {detail.summary.week}</Link>{' '}
        <span aria-hidden="true">›</span>{' '}
        <Link to={`/topics/${lab.topic}`}>{topic.data?.title ?? 'The lesson'}</Link>
      </nav>
      <header className="lab-header">
        <p className="eyebrow">Lab</p>
        <h1 tabIndex={-1}>{lab.title}</h1>
        <p>
          <Link to={`/topics/${lab.topic}`}>
            Back to the lesson{topic.data ? `: ${topic.data.title}` : ''}
          </Link>
        </p>
      </header>
      <Brief lab={lab} />

      {controls.notices.length > 0 && (
        <div className="lab-notice" role="status">
          <p>Some settings in the address could not be used:</p>
          <ul>
            {controls.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="lab-grid">
        <div className="lab-side">
          <KnobPanel
            lab={lab}
            values={controls.knobs}
            onChange={controls.setKnob}
            seed={controls.seed}
            onNewSeed={controls.newSeed}
            onReset={controls.reset}
            atBaseline={controls.atBaseline}
          />
          {lab.predictions.length > 0 && (
            <PredictToggle on={controls.predictOn} onChange={controls.setPredictOn} />
          )}
        </div>

        <div className="lab-main">
          <div className="run-status" role="status" aria-live="polite">
            {runner.error ? null : runner.running ? (
              <span>Running…</span>
            ) : controls.waiting ? (
              <span>Knobs changed: make your prediction, then run.</span>
            ) : run ? (
              <span data-run-ms={Math.round(run.ms)}>
                Ran in {Math.round(run.ms)} ms (seed {run.seed})
                {runner.sweepsDone ? '' : '; running the sweeps…'}
              </span>
            ) : null}
          </div>
          {runner.error && (
            <p className="form-error" role="alert">
              The run failed: {runner.error}
            </p>
          )}
          {controls.waiting && (
            <PredictForm
              key={runKey(controls.knobs, controls.seed)}
              lab={lab}
              onRun={controls.runWithGuesses}
            />
          )}

          {!run && !runner.error && <p className="muted">Running the lab for the first time…</p>}
          {run && (
            <>
              <section className="lab-panel challenge" aria-labelledby="challenge-title">
                <h2 id="challenge-title">Challenge</h2>
                <p className="goal">{lab.challenge.goal}</p>
                {diagnosis ? (
                  <DiagnosisPanel
                    key={controls.seed}
                    lab={lab}
                    seed={controls.seed}
                    onAnswer={(a) => setAnswer({ seed: controls.seed, answer: a })}
                  />
                ) : (
                  <ConditionsPanel run={run} pinned={pinned?.run ?? null} />
                )}
                {passedHere && (
                  <RecordPass
                    labId={lab.id}
                    knobs={run.knobs}
                    seed={run.seed}
                    {...(answered ? { answer: answered.candidate } : {})}
                  />
                )}
                <div className="pin-row">
                  {pinned ? (
                    <>
                      <span className="muted">
                        Pinned: seed {pinned.run.seed}
                        {pinned.run.key === run.key ? ' (the same run as now)' : ''}.
                      </span>
                      <button type="button" className="button" onClick={() => setPinned(null)}>
                        Unpin
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      onClick={() => setPinned({ run, sweeps: runner.sweeps })}
                    >
                      Pin this run
                    </button>
                  )}
                  {pinned && pinned.run.key !== run.key && (
                    <span className="muted"> Dashed lines on the charts are the pinned run.</span>
                  )}
                </div>
              </section>
              <PredictionResults lab={lab} run={run} guesses={controls.guesses} />

              <section className="lab-charts" aria-labelledby="charts-title">
                <h2 id="charts-title">Charts</h2>
                {lab.charts.map((chart, i) =>
                  chart.kind === 'series' ? (
                    <SeriesChart
                      key={i}
                      chart={chart}
                      run={run}
                      pinned={pinned?.run ?? null}
                      windows={windows}
                    />
                  ) : (
                    <SweepChart
                      key={i}
                      chart={chart}
                      knob={lab.knobs.find((k) => k.id === chart.knob)}
                      current={run.knobs[chart.knob]}
                      points={runner.sweeps[i]}
                      pinnedPoints={pinnedSweeps?.[i]}
                      complete={runner.sweepsDone}
                    />
                  ),
                )}
              </section>
              <Topology run={run} />
              {run.result.traces && (
                <TraceWaterfall traces={run.result.traces} runEnd={run.result.duration} />
              )}
            </>
          )}
        </div>
      </div>
      <NoticeAndQuestions lab={lab} />
    </article>
  );
}
