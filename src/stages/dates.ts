import type { Stage } from '../pipeline/stage.js';

/** TODO(scaffold): being written. */
export const dates: Stage = {
  name: 'dates',
  requires: ['sentence', 'token'],
  assigns: ['date'],
  run() {
    return { spans: [] };
  },
};
