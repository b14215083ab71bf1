/**
 * An audit action (`plan_version.approve`, `auth.login`) in the user's language: the record
 * type and the verb, each translated when we know it and shown as recorded when we do not.
 */
export function describeAction(
  action: string,
  translate: (key: string, options?: Record<string, unknown>) => string,
): string {
  const [type, verb] = action.includes('.') ? action.split('.', 2) : ['', action];
  const typeText = type ? translate(`tracker.entity.${type}`, { _: type }) : '';
  // Some verbs mean something else for one record type (a guidance is approved, not decided by
  // the Cabinet): tracker.action.<type>.<verb> names those.
  const verbText = translate(`tracker.action.${type}.${verb}`, {
    _: translate(`tracker.verb.${verb}`, { _: verb }),
  });
  return typeText ? `${typeText}：${verbText}` : verbText;
}
