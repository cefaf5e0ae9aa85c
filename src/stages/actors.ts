import type { Stage } from '../pipeline/stage.js';

/** TODO(scaffold): being written. */
export const actors: Stage = {
  name: 'actors',
  requires: ['sentence', 'token'],
  assigns: ['actor'],
  run() {
    return { spans: [] };
  },
};
