import { Param, type PipeTransform } from '@nestjs/common';
import { BadRequestError } from '@tracker/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}
  transform(value: string): string {
    if (!UUID.test(value)) {
      throw new BadRequestError(`Invalid ${this.name}`, [
        { field: this.name, message: `${this.name} must be a UUID` },
      ]);
    }
    return value.toLowerCase();
  }
}

/** A path parameter that must be a UUID; anything else is a 400, never a database error. */
export const IdParam = (name = 'id') => Param(name, new UuidPipe(name));
