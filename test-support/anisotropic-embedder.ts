import { l2Normalize } from '../vectors/embedders';
import { PassageEmbedder } from '../vectors/types';

/**
 * Another embedder's vectors pushed along one common direction, v → normalise(v + offset): every similarity rises
 * and the spread shrinks, unevenly (a vector already near the direction moves less). Simulates an anisotropic
 * encoder, the commonest way encoders' similarity scales differ, where no second real encoder installs offline.
 */
export class AnisotropicEmbedder extends PassageEmbedder {
  readonly id: string;
  readonly dimension: number;

  constructor(
    private readonly inner: PassageEmbedder,
    private readonly offset: readonly number[],
    name: string,
  ) {
    super({});
    this.id = `${inner.id}+${name}`;
    this.dimension = inner.dimension;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return (await this.inner.embedDocuments(texts)).map(this.push);
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.push(await this.inner.embedQuery(text));
  }

  override async embedQueries(texts: string[]): Promise<number[][]> {
    return (await this.inner.embedQueries(texts)).map(this.push);
  }

  private push = (vector: number[]): number[] => l2Normalize(vector.map((x, i) => x + this.offset[i]));
}
