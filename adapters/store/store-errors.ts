import { ValidationError } from '../../core/errors/validation-error.js';

/**
 * A lifecycle step that the record's current state does not allow (accepting a remediation
 * that was never reported). Nothing was written. Services answer it politely.
 * @example new IllegalTransitionError('notice target N-3/haishu', 'issued', 'accepted')
 */
export class IllegalTransitionError extends ValidationError {
  constructor(readonly subject: string, readonly from: string, readonly to: string, reason?: string) {
    super(`${subject}: cannot go from ${from} to ${to}${reason ? ` (${reason})` : ''}`, ['status']);
  }
}

/** The record a write refers to does not exist. Nothing was written. */
export class RecordNotFoundError extends ValidationError {
  constructor(readonly subject: string) {
    super(`${subject} not found`, ['id']);
  }
}
