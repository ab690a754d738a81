// /assessments/archetypes: take the week-2 archetype questionnaire, see the primary and
// secondary archetype with their interpretation, and (signed in) keep and compare results.
import { checkArchetypeAnswers, scoreArchetypes } from '../../../learning/assessments/index.js';
import { useArchetypeDefinition } from '../../api/assessments.js';
import { LoadError, Loading } from '../../app/states.js';
import { AssessmentLinks, NotSavedNotice } from './AssessmentParts.js';
import { ArchetypeForm } from './ArchetypeForm.js';
import { ArchetypeComparisonView, ArchetypeResultView } from './ArchetypeResultView.js';
import { FormOrResult, PastResults } from './SessionSections.js';
import { useAssessmentSession } from './use-assessment-session.js';
import '../../styles/assessments.css';

const scoring = { check: checkArchetypeAnswers, score: scoreArchetypes };

export function ArchetypeAssessmentPage() {
  const definition = useArchetypeDefinition();
  const session = useAssessmentSession('archetypes', definition.data, scoring);

  if (definition.isPending) return <Loading what="the questionnaire" />;
  if (definition.isError) return <LoadError error={definition.error} />;
  const def = definition.data;
  const titleOf = (id: string) => def.archetypes.find((a) => a.id === id)?.title ?? id;

  return (
    <article className="assessment-page">
      <p className="eyebrow">Week 2 · Questionnaire</p>
      <h1 tabIndex={-1}>{def.title}</h1>
      <p className="lede">{def.intro}</p>
      <details className="scoring-note">
        <summary>How it is scored</summary>
        <p>{def.scoring.description}</p>
      </details>
      {session.signedOut && <NotSavedNotice />}
      <FormOrResult
        session={session}
        form={(submitLabel) => (
          <ArchetypeForm
            definition={def}
            initial={session.draft}
            busy={session.busy}
            submitLabel={submitLabel}
            onSubmit={session.submit}
          />
        )}
        result={(shown) => <ArchetypeResultView definition={def} result={shown.result} />}
      />
      <PastResults
        session={session}
        summary={(r) => `${titleOf(r.result.primary)}, then ${titleOf(r.result.secondary)}`}
        comparison={(compared) => <ArchetypeComparisonView comparison={compared} />}
      />
      <AssessmentLinks current="archetypes" />
    </article>
  );
}
