import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { flattenValidationErrors, IsDateOnly, isDateOnly, todayInJapan } from './validation';

class Decision {
  @IsDateOnly({ notFuture: true })
  decidedOn: unknown;
}

const errors = (decidedOn: unknown) =>
  validateSync(Object.assign(new Decision(), { decidedOn })).map((e) => e.property);

describe('date-only validation', () => {
  it('accepts real calendar dates only', () => {
    expect(isDateOnly('2025-02-28')).toBe(true);
    expect(isDateOnly('2024-02-29')).toBe(true);
    expect(isDateOnly('2025-02-29')).toBe(false);
    expect(isDateOnly('2025-2-1')).toBe(false);
    expect(isDateOnly('2025-02-01T00:00:00Z')).toBe(false);
    expect(isDateOnly(20250201)).toBe(false);
  });

  it('uses the Japanese calendar day for "today"', () => {
    expect(todayInJapan(new Date('2025-12-31T15:30:00Z'))).toBe('2026-01-01');
  });

  it('refuses a decision dated in the future', () => {
    expect(errors(todayInJapan())).toEqual([]);
    expect(errors('2999-01-01')).toEqual(['decidedOn']);
  });
});

class Target {
  @IsInt()
  @Min(1)
  @Max(10)
  value: unknown;
}

class Request {
  @IsString()
  @Length(1, 200)
  title: unknown;

  @IsIn(['low', 'high'])
  severity: unknown;

  @IsDateOnly({ notFuture: true })
  decidedOn: unknown;

  @IsDateOnly()
  dueOn: unknown;

  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  targets: unknown;
}

describe('field-level details', () => {
  const details = (values: Record<string, unknown>, options = {}) =>
    flattenValidationErrors(
      validateSync(Object.assign(new Request(), values), {
        whitelist: true,
        forbidNonWhitelisted: true,
        ...options,
      }),
    );

  it('name the rule broken and the limits it was declared with, in a dotted path', () => {
    const target = Object.assign(new Target(), { value: 11 });
    const found = details({
      title: '',
      severity: 'urgent',
      decidedOn: '2999-01-01',
      dueOn: 'soon',
      targets: [target, target, target],
      extra: 1,
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', rule: 'isLength', args: { min: 1, max: 200 } }),
        expect.objectContaining({
          field: 'severity',
          rule: 'isIn',
          args: { values: 'low, high' },
        }),
        expect.objectContaining({ field: 'decidedOn', rule: 'isDateNotFuture' }),
        expect.objectContaining({ field: 'dueOn', rule: 'isDateOnly' }),
        expect.objectContaining({ field: 'targets', rule: 'arrayMaxSize', args: { max: 2 } }),
        expect.objectContaining({ field: 'targets.0.value', rule: 'max', args: { max: 10 } }),
        { field: 'extra', rule: 'unknownField', message: 'extra is not a known field' },
      ]),
    );
    // The English message stays beside the rule, for any client that does not know it.
    expect(found.find((d) => d.field === 'title')?.message).toMatch(/title must be/);
  });

  it('leave the limits out when the errors carry no target', () => {
    const [detail] = details({}, { validationError: { target: false } }).filter(
      (d) => d.field === 'title' && d.rule === 'isLength',
    );
    expect(detail).toEqual({ field: 'title', rule: 'isLength', message: expect.any(String) });
  });
});
