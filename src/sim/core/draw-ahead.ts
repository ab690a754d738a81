// Draws ahead from a stream that has one consumer: AHEAD draws at a time, in a tight loop,
// handed out one by one. The values and their order are exactly those of drawing one at a
// time, so outputs do not change; what changes is where the work happens. Drawn one at a
// time, every draw was a call from deep in the request path (the generator, the ziggurat
// and the rounding); drawn ahead, the request path reads an array. Only for a stream nothing
// else draws from: a second consumer would take different values than it did before.
import type { Sampler } from './distributions.js';
import type { Rng } from './rng.js';

const AHEAD = 128;

export class DrawAhead {
  private readonly values = new Float64Array(AHEAD);
  private index = AHEAD;

  /** Draws `sampler.sample(rng)`, or `rng.exponential()` when `sampler` is null. */
  constructor(
    private readonly rng: Rng,
    private readonly sampler: Sampler | null,
  ) {}

  next(): number {
    if (this.index === AHEAD) this.refill();
    return this.values[this.index++] as number;
  }

  private refill(): void {
    // The loops live with the draws (Rng, Sampler), where V8 inlines a draw into its loop.
    if (this.sampler === null) this.rng.fillExponential(this.values);
    else this.sampler.fill(this.values, this.rng);
    this.index = 0;
  }
}
