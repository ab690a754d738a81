// /assessments/level: take the week-1 level self-assessment, see the result, and (signed in)
// keep it, look at past results and compare two of them. Signed out, the result is computed in
// the browser by the same code the server runs, and nothing is kept.
import { checkLevelAnswers, scoreLevel } from '../../../learning/assessments/index.js';
import { useLevelDefinition } from '../../api/assessments.js';
import { LoadError, Loading } from '../../app/states.js';
import { AssessmentLinks, NotSavedNotice } from './AssessmentParts.js';
import { LevelForm } from './LevelForm.js';
import { LevelComparisonView, LevelResultView } from './LevelResultView.js';
import { FormOrResult, PastResults } from './SessionSections.js';
import { useAssessmentSession } from './use-assessment-session.js';
import '../../styles/assessments.css';

const scoring = { check: checkLevelAnswers, score: scoreLevel };

export function LevelAssessmentPage() {
  const definition = useLevelDefinition();
  const session = useAssessmentSession('level', definition.data, scoring);

  if (definition.isPending) return <Loading what="the self-assessment" />;
  if (definition.isError) return <LoadError error={definition.error} />;
  const def = definition.data;

  return (
    <article className="assessment-page">
      <p className="eyebrow">Week 1 · Self-assessment</p>
      <h1 tabIndex={-1}>{def.title}</h1>
      <p className="lede">{def.intro}</p>
      {session.signedOut && <NotSavedNotice />}
      <FormOrResult
        session={session}
        form={(submitLabel) => (
          <LevelForm
            definition={def}
            initial={session.draft}
            busy={session.busy}
            submitLabel={submitLabel}
            onSubmit={session.submit}
          />
        )}
        result={(shown) => <LevelResultView definition={def} result={shown.result} />}
      />
      <PastResults
        session={session}
        summary={(r) => `target ${r.result.target === 3 ? 'Principal' : 'Staff'}`}
        comparison={(compared) => <LevelComparisonView comparison={compared} />}
      />
      <AssessmentLinks current="level" />
    </article>
  );
}
