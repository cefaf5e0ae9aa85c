import type { Stage } from '../pipeline/stage.js';

/** TODO(scaffold): being written. */
export const casualties: Stage = {
  name: 'casualties',
  requires: ['sentence', 'token', 'actor'],
  assigns: ['casualty'],
  run() {
    return { spans: [] };
  },
};
