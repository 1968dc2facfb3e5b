/**
 * Slows down guessing the editors' secret: after `limit` wrong secrets from one client
 * within `windowMs`, that client's sign-ins are refused until the window has passed. Kept in
 * the memory of one process (a guesser spread over instances gets `limit` per instance). The
 * window is short on purpose: where clients cannot be told apart (no proxy naming them) all
 * share one count, and a stranger's wrong guesses should lock editors out for a minute at most.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60 * 1000,
  ) {}

  isBlocked(client: string, now: number): boolean {
    return this.recent(client, now).length >= this.limit;
  }

  noteFailure(client: string, now: number): void {
    this.failures.set(client, [...this.recent(client, now), now]);
    // Forget clients whose failures have all expired, so the map stays small.
    if (this.failures.size > 10_000) {
      for (const [other] of this.failures) if (this.recent(other, now).length === 0) this.failures.delete(other);
    }
  }

  private recent(client: string, now: number): number[] {
    return (this.failures.get(client) ?? []).filter((at) => at > now - this.windowMs);
  }
}
