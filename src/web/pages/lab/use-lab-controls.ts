// The page's controls over what runs: the knobs and seed from the URL, and the
// predict-before-run gate that holds a change back until the learner has made a guess.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { KnobValue, Lab } from '../../../curriculum/schema/lab.js';
import type { KnobValues } from '../../../curriculum/labs/knobs.js';
import {
  baselineKnobs,
  readLabUrl,
  rerollSeed,
  runKey,
  writeLabUrl,
  type LabUrlState,
} from './url-state.js';
import type { Guesses } from './Predictions.js';

const predictKey = 'stafflab.lab.predict';

function readPredict(): boolean {
  try {
    return localStorage.getItem(predictKey) !== 'off';
  } catch {
    return true;
  }
}

export interface LabControls {
  /** What the knobs show (the URL). */
  knobs: KnobValues;
  seed: number;
  notices: string[];
  /** What the runner runs: the URL, or with the gate closed, the last run the learner let go. */
  target: { knobs: KnobValues; seed: number };
  atBaseline: boolean;
  setKnob(id: string, value: KnobValue): void;
  newSeed(): void;
  reset(): void;
  predictOn: boolean;
  setPredictOn(on: boolean): void;
  /** The knobs moved and the run waits for a prediction. */
  waiting: boolean;
  guesses: Guesses | null;
  runWithGuesses(values: (number | null)[]): void;
}

interface UrlMirror extends LabUrlState {
  /** The search string these values write. */
  search: string;
  /** The URL's search string when last looked at. */
  seen: string;
}

export function useLabControls(lab: Lab): LabControls {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // The controls show a local copy of the URL's values: the router updates the URL a moment
  // after a change, and a controlled radio or slider must not snap back in between. The copy
  // follows the URL when it changes for another reason (a link, a reload).
  const [mirror, setMirror] = useState<UrlMirror>(() => ({
    ...readLabUrl(lab, params),
    search,
    seen: search,
  }));
  if (search !== mirror.seen) {
    const ours = search === mirror.search || mirror.search !== mirror.seen;
    setMirror(
      ours ? { ...mirror, seen: search } : { ...readLabUrl(lab, params), search, seen: search },
    );
  }
  const { knobs, seed, notices } = mirror;
  const [predictOn, setPredict] = useState(readPredict);
  const [held, setHeld] = useState({ knobs, seed });
  const [guesses, setGuesses] = useState<Guesses | null>(null);
  const gate = lab.predictions.length > 0 && predictOn;
  const target = gate ? held : { knobs, seed };

  const write = (nextKnobs: KnobValues, nextSeed: number) => {
    const next = writeLabUrl(lab, nextKnobs, nextSeed, params);
    setMirror({
      knobs: nextKnobs,
      seed: nextSeed,
      notices: [],
      search: next.toString(),
      seen: search,
    });
    setParams(next, { replace: true });
  };

  const baseline = baselineKnobs(lab);
  return {
    knobs,
    seed,
    notices,
    target,
    atBaseline: runKey(knobs, 0) === runKey(baseline, 0),
    setKnob: (id, value) => write({ ...knobs, [id]: value }, seed),
    newSeed: () => write(knobs, rerollSeed(seed)),
    reset: () => write(baseline, seed),
    predictOn,
    setPredictOn: (on) => {
      try {
        localStorage.setItem(predictKey, on ? 'on' : 'off');
      } catch {
        // Private browsing may refuse storage; the choice holds for this page view.
      }
      // Whatever is on the knobs now is what the gate holds from here on.
      setHeld({ knobs, seed });
      setPredict(on);
    },
    waiting: gate && runKey(knobs, seed) !== runKey(held.knobs, held.seed),
    guesses,
    runWithGuesses: (values) => {
      setGuesses({ key: runKey(knobs, seed), values });
      setHeld({ knobs, seed });
    },
  };
}
