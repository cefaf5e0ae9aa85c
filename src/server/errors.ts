/**
 * The API's one error shape, `{ "error": { "code", "message" } }`, and its stable codes. A code
 * is what a program matches on; the message is what a person can do about it. Messages never
 * carry a stack, SQL or a file path.
 */

/** Every error code the API answers with: its HTTP status and when it is used. */
export const ERROR_CODES = {
  BAD_QUERY: { status: 400, when: 'a query parameter is missing, unknown or malformed (e.g. since=yesterday)' },
  BAD_CURSOR: { status: 400, when: 'a page cursor this server did not make' },
  BAD_JSON: { status: 400, when: 'the request body is not valid JSON' },
  BAD_REPORT: { status: 400, when: 'POST /api/reports: the report is missing text, empty, or has a malformed field' },
  BAD_REVIEW: { status: 400, when: 'POST /api/incidents/:id/review: the decision is malformed (unknown action, field or value)' },
  UNAUTHORIZED: { status: 401, when: 'a write without the right "Authorization: Bearer <token>" while the server has a token' },
  NOT_FOUND: { status: 404, when: 'no such incident, report or route (or a path parameter over 200 characters)' },
  REVIEW_CONFLICT: { status: 409, when: 'the decision does not fit the incident as it is (merging it with itself, splitting off its only report, a merged-away incident)' },
  PAYLOAD_TOO_LARGE: { status: 413, when: 'the body or the report text is over the size limit' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, when: 'a body that is not application/json' },
  INTERNAL: { status: 500, when: 'a bug or a store failure; the message says nothing more (the server logs it)' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * An error the API answers with as is: its code's status and the message.
 *
 * @example
 * throw new ApiError('NOT_FOUND', 'no incident "inc-00" (list them with GET /api/incidents)');
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
  }
}

/** The error body. */
export function errorBody(code: ErrorCode, message: string): { error: { code: ErrorCode; message: string } } {
  return { error: { code, message } };
}

/** A value quoted for a message: cut short, control characters escaped (never echoed raw). */
export function shown(value: unknown, max = 60): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const cut = s.length > max ? `${s.slice(0, max)}…` : s;
  return JSON.stringify(cut);
}
