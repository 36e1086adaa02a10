import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives every setting a default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      CORPUS_DIR: 'data/reports',
      INDEX_DIR: '.index',
      ALLOWED_ORIGINS: [],
      MAX_FRAME_BYTES: 65_536,
      LOG_LEVEL: 'info',
    });
    expect(config.EMBEDDER).toBeUndefined();
  });

  it('treats blank variables as unset and coerces numbers', () => {
    const config = loadConfig({ PORT: '  ', RATE_LIMIT_MAX: '5', WS_RATE_PER_SECOND: '0.5' });
    expect(config.PORT).toBe(3000);
    expect(config.RATE_LIMIT_MAX).toBe(5);
    expect(config.WS_RATE_PER_SECOND).toBe(0.5);
  });

  it('normalises ALLOWED_ORIGINS and keeps *', () => {
    const config = loadConfig({ ALLOWED_ORIGINS: ' https://a.example/ , http://b.example:8080,*' });
    expect(config.ALLOWED_ORIGINS).toEqual(['https://a.example', 'http://b.example:8080', '*']);
  });

  it('reports every invalid variable at once', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', ALLOWED_ORIGINS: 'https://a.example/path', LOG_LEVEL: 'loud' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const { issues, message } = caught as ConfigError;
    expect(issues.map((i) => i.split(':')[0]).sort()).toEqual(['ALLOWED_ORIGINS', 'LOG_LEVEL', 'PORT']);
    expect(message).toContain('https://a.example/path');
  });

  it('ignores unrelated environment variables', () => {
    expect(() => loadConfig({ PATH: '/bin', NODE_ENV: 'test' })).not.toThrow();
  });
});
