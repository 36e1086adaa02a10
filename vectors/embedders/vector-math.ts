/**
 * Scales a vector to unit length in float64, so cosine similarity is a plain dot product.
 * Throws on a zero or non-finite vector rather than returning NaNs that would poison an index.
 */
export function l2Normalize(vector: ArrayLike<number>): number[] {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i] * vector[i];
  const norm = Math.sqrt(sum);
  if (!Number.isFinite(norm) || norm === 0) {
    throw new RangeError(`cannot normalise a vector with norm ${norm}`);
  }
  const out = new Array<number>(vector.length);
  for (let i = 0; i < vector.length; i++) out[i] = vector[i] / norm;
  return out;
}

/**
 * Scales a vector to unit length where it is (float32, for vectors built on the fly); a zero vector stays zero,
 * unlike `l2Normalize`, for a sentence none of whose words is known.
 */
export function normalizeInPlace<T extends Float32Array>(vector: T): T {
  const norm = Math.sqrt(dot(vector, vector)) || 1;
  for (let i = 0; i < vector.length; i++) vector[i] /= norm;
  return vector;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`dimension mismatch: ${a.length} vs ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
