import { EnvironmentError, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('applies defaults when nothing is set', () => {
    expect(validateEnvironment({})).toMatchObject({
      PORT: 3000,
      EMBEDDED_DATABASE_PORT: 54329,
      DATABASE_LOGGING: false,
    });
  });

  it('accepts a PostgreSQL URL and a port', () => {
    expect(
      validateEnvironment({
        DATABASE_URL: 'postgres://renkei:secret@db:5432/renkei',
        PORT: '8080',
      }),
    ).toMatchObject({
      DATABASE_URL: 'postgres://renkei:secret@db:5432/renkei',
      PORT: 8080,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number between 1 and 65535'],
    [{ PORT: '70000' }, 'PORT must be a whole number between 1 and 65535'],
    [{ DATABASE_URL: 'mysql://localhost/renkei' }, 'DATABASE_URL must look like postgres://user:password@host:5432/database'],
  ])('refuses %p with one clear line', (environment, message) => {
    expect(() => validateEnvironment(environment)).toThrow(EnvironmentError);
    expect(() => validateEnvironment(environment)).toThrow(`Invalid configuration: ${message}`);
  });
});
