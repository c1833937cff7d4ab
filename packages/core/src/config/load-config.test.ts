import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('fills every default from an empty environment', () => {
    const config = loadConfig({}, '/srv/emolab');
    expect(config).toMatchObject({ EMOLAB_API_PORT: 4000, EMOLAB_DASHBOARD_PORT: 3000, dataDir: '/srv/emolab/.data' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  describe('when a value is invalid', () => {
    it('throws a message naming the variable', () => {
      expect(() => loadConfig({ EMOLAB_API_PORT: 'eighty' })).toThrow(/EMOLAB_API_PORT/);
      expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL: must start with redis:\/\//);
      expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    });
  });

  it('reads the convolution precision as auto unless 0 or 1 forces one', () => {
    expect(loadConfig({}).EMOLAB_NATIVE_BF16).toBe('auto');
    expect(loadConfig({ EMOLAB_NATIVE_BF16: '1' }).EMOLAB_NATIVE_BF16).toBe('bf16');
    expect(loadConfig({ EMOLAB_NATIVE_BF16: '0' }).EMOLAB_NATIVE_BF16).toBe('f32');
    expect(() => loadConfig({ EMOLAB_NATIVE_BF16: 'yes' })).toThrow(/EMOLAB_NATIVE_BF16/);
  });

  it('treats an empty URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
