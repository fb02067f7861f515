import { randomUUID } from 'node:crypto';
import { Role } from '@renkei/contract';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/accounts/auth/password';
import { RoleAssignment } from '../../src/accounts/entities/role-assignment.entity';
import { UserAccount } from '../../src/accounts/entities/user-account.entity';
import { Facility } from '../../src/facilities/facility.entity';

export const TEST_PASSWORD = 'a test passphrase 42';

export interface TestUserOptions {
  role: Role;
  prefectureCode?: string;
  specialtyCode?: string;
  facilityId?: string;
}

/** Creates an active user with one role assignment; the e-mail is unique per call. */
export async function createUser(dataSource: DataSource, options: TestUserOptions): Promise<UserAccount> {
  const email = `${options.role}-${randomUUID().slice(0, 8)}@test.renkei.invalid`;
  const user = await dataSource.getRepository(UserAccount).save({
    email,
    displayName: `Test ${options.role}`,
    language: 'ja',
    passwordHash: await hashPassword(TEST_PASSWORD),
    deactivatedAt: null,
  });
  await dataSource.getRepository(RoleAssignment).insert({
    userId: user.id,
    role: options.role,
    prefectureCode: options.prefectureCode ?? null,
    specialtyCode: options.specialtyCode ?? null,
    facilityId: options.facilityId ?? null,
  });
  return user;
}

export async function createFacility(dataSource: DataSource, prefectureCode: string, areaCode: string): Promise<Facility> {
  return dataSource.getRepository(Facility).save({
    facilityCode: `T-${randomUUID().slice(0, 8)}`,
    name: 'テスト病院',
    prefectureCode,
    secondaryMedicalAreaCode: areaCode,
    address: 'テスト住所',
    sample: true,
  });
}

/** A browser-like client: keeps cookies and echoes the XSRF-TOKEN cookie as Angular does. */
export class TestClient {
  readonly agent: TestAgent;
  xsrfToken = '';

  /** Each client comes from its own address (the app trusts X-Forwarded-For from loopback), so per-IP limits stay per test. */
  constructor(
    http: App,
    readonly ipAddress = `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
  ) {
    this.agent = request.agent(http).set('X-Forwarded-For', ipAddress);
  }

  /** Fetches an anonymous XSRF token, as the web app does on its first request. */
  async start(): Promise<this> {
    const response = await this.agent.get('/api/health');
    this.remember(response.headers['set-cookie']);
    return this;
  }

  /** Signs in and checks the status (200 unless told otherwise). */
  async signIn(email: string, password = TEST_PASSWORD, expectedStatus = 200): Promise<request.Response> {
    const response = await this.post('/api/auth/login').send({ email, password }).expect(expectedStatus);
    this.remember(response.headers['set-cookie']);
    return response;
  }

  get(path: string): request.Test {
    return this.agent.get(path);
  }

  post(path: string): request.Test {
    return this.agent.post(path).set('X-XSRF-TOKEN', this.xsrfToken);
  }

  /** Any unsafe method with the CSRF header, e.g. `send('PATCH', path, body)`. */
  send(method: string, path: string, body: object): request.Test {
    return this.agent[method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](path).set('X-XSRF-TOKEN', this.xsrfToken).send(body);
  }

  remember(setCookie: string | string[] | undefined): void {
    const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    const xsrf = cookies.map((cookie) => /^XSRF-TOKEN=([^;]+)/.exec(cookie)?.[1]).find(Boolean);
    if (xsrf) {
      this.xsrfToken = xsrf;
    }
  }
}
