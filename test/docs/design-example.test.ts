// docs/DESIGN.md's worked example of candidate scoring is what the engine computes today: after a
// refit of the answer model or a change of features, `npm run design-example -- --write` updates it.
import { describe, expect, it } from 'vitest';
import { designExample, documentedExample } from '../../scripts/design-example.ts';

describe('GIVEN docs/DESIGN.md', () => {
  it('WHEN its candidate-scoring example is computed again THEN the document shows the same numbers', () => {
    expect(documentedExample(), 'docs/DESIGN.md lost its candidate-example markers').not.toBeNull();
    expect(documentedExample()).toBe(designExample());
  });
});
