// A token bucket rate limiter (`rateLimit`): tokens refill continuously at `rate` per second
// up to `burst`; a request takes one or is rejected (cause `rateLimited`). In any window of
// length T it admits at most rate · T + burst requests. One bucket per service, shared by
// its instances, like a limiter at the service's gateway.

export class TokenBucket {
  private tokens: number;
  private last = 0;
  private readonly perMicro: number;

  constructor(
    rate: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
    this.perMicro = rate / 1e6;
  }

  tryTake(now: number): boolean {
    const refilled = this.tokens + (now - this.last) * this.perMicro;
    this.tokens = refilled < this.burst ? refilled : this.burst;
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
