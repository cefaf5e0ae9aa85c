import type { Stage } from '../pipeline/stage.js';

/** TODO(scaffold): being written. */
export const attribution: Stage = {
  name: 'attribution',
  requires: ['sentence', 'token', 'actor'],
  assigns: ['claim', 'unattributed'],
  run() {
    return { spans: [] };
  },
};
