import type { Stage } from '../pipeline/stage.js';

/** TODO(scaffold): being written. */
export const places: Stage = {
  name: 'places',
  requires: ['sentence', 'token'],
  assigns: ['place'],
  run() {
    return { spans: [] };
  },
};
