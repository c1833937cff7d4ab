/**
 * A JSON field the schema documents as an object (hyperparameters, environment, recipe defaults) as a
 * record to read keys from. The JSON scalar itself may hold any value.
 */
export function jsonObject(value: unknown): Record<string, unknown> {
  // Anything other than an object has no keys to list; the API always sends objects for these fields.
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
