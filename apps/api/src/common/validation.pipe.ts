import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { BadRequestError, flattenValidationErrors } from '@tracker/core';

/**
 * Bodies and query objects are validated against their DTO: unknown fields are refused, values
 * are never coerced between types, and every problem is reported with the field it concerns.
 */
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      // The target stays on the errors (never in the answer): their rules' limits are read from it.
      validationError: { target: true, value: false },
      exceptionFactory: (errors) =>
        new BadRequestError('Validation failed', flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata) {
    const isDto = typeof metadata.metatype === 'function' && this.toValidate(metadata);
    if (isDto && metadata.type === 'body') {
      if (
        value === undefined ||
        value === null ||
        typeof value !== 'object' ||
        Array.isArray(value)
      ) {
        throw new BadRequestError('The request body must be a JSON object', [
          { field: 'body', message: 'body must be a JSON object' },
        ]);
      }
    }
    return super.transform(value, metadata);
  }
}
