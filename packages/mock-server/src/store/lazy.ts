// A value built on first use and kept. Tests create many platforms and most never look at doctors or
// schedules, so the costly parts of the model wait until someone asks.

export class Lazy<T> {
  private built: { value: T } | undefined;

  constructor(private readonly build: () => T) {}

  get value(): T {
    if (!this.built) this.built = { value: this.build() };
    return this.built.value;
  }

  get isBuilt(): boolean {
    return this.built !== undefined;
  }
}
