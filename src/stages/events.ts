import type { Stage } from '../pipeline/stage.js';

/** TODO(scaffold): being written. */
export const events: Stage = {
  name: 'events',
  requires: ['sentence', 'token', 'date', 'place', 'actor', 'casualty', 'claim'],
  assigns: ['event'],
  run() {
    return { spans: [] };
  },
};
