/**
 * POST /api/incidents/:id/review: an analyst's decision, applied and recorded (corpus/review.ts).
 */
import { applyReview, ReviewError, type ReviewInput } from '../../corpus/review.js';
import { ApiError, shown } from '../errors.js';
import { defineRoute, parseInput, type ApiRoute } from '../route.js';
import { CORRECTABLE, idParams, reviewBody, type ReviewBody } from '../schemas.js';
import { incidentDetail } from '../views.js';

/** The decision with a corrected field's value checked against that field's schema. */
function reviewInput(body: ReviewBody): ReviewInput {
  if (body.action !== 'correct') return body;
  const value = parseInput(CORRECTABLE[body.field], body.value, 'BAD_REVIEW');
  return { ...body, value };
}

export const reviewRoutes: readonly ApiRoute[] = [
  defineRoute({
    method: 'POST', url: '/api/incidents/:id/review', params: idParams, body: reviewBody, bodyError: 'BAD_REVIEW',
    summary: 'Record an analyst\'s decision: confirm, correct a field, merge, split off a report, or grade',
    description: 'Every decision is an audit record (who, when, what, why, before and after) listed on the incident. '
      + 'correct: field is type, date, place, perpetrator, target or a figure such as civilians.killed ({ min, max, conservative }); '
      + 'merge: other is the incident merged into this one; split: report is the report whose events leave into a new incident; '
      + 'grade: confirmed, fair, weak, contested or discounted. Needs the bearer token when the server has one.',
    returns: 'data: the incident after the decision (as GET /api/incidents/:id), with its new review records',
    handler: async ({ params, body, ctx, reply }) => {
      try {
        await applyReview(ctx.store, params.id, reviewInput(body), ctx.now());
      } catch (e) {
        if (e instanceof ReviewError) throw new ApiError(e.kind === 'not-found' ? 'NOT_FOUND' : 'REVIEW_CONFLICT', e.message);
        throw e;
      }
      const detail = await incidentDetail(ctx.store, params.id);
      if (!detail) throw new ApiError('NOT_FOUND', `no incident ${shown(params.id)}`);
      reply.code(201);
      return { data: detail };
    },
  }),
];
