import { Body, type PipeTransform } from '@nestjs/common';
import { BadRequestError } from '@tracker/core';

class EmptyBodyPipe implements PipeTransform<unknown, undefined> {
  transform(value: unknown): undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new BadRequestError('The request body must be a JSON object', [
        { field: 'body', message: 'body must be a JSON object' },
      ]);
    }
    const fields = Object.keys(value);
    if (fields.length) {
      throw new BadRequestError(
        'Validation failed',
        fields.map((field) => ({ field, message: `${field} is not a known field` })),
      );
    }
    return undefined;
  }
}

/**
 * For a transition that takes no input: no body, or `{}`. Anything else is a 400 like any
 * unknown field, so a client that thinks it is sending data learns that it is not.
 */
export const EmptyBody = () => Body(new EmptyBodyPipe());
