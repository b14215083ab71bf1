import { Inject, Injectable } from '@nestjs/common';
import { actorOf, User, UsersService } from '@tracker/auth';
import type { Clearance, Ministry, Role } from '@tracker/contracts';
import { APP_CONFIG, systemActor, type Actor, type AppConfig } from '@tracker/core';
import { DataSource } from 'typeorm';

interface DemoUser {
  email: string;
  displayName: string;
  ministry: Ministry;
  roles: Role[];
  clearance: Clearance;
}

/** One user per role (the README lists them), plus colleagues in other ministries. */
export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@demo.example',
    displayName: '管理 太郎 (Taro Kanri)',
    ministry: 'digital',
    roles: ['admin'],
    clearance: 'confidential',
  },
  {
    email: 'coordinator@demo.example',
    displayName: '内閣 花子 (Hanako Naikaku)',
    ministry: 'cao',
    roles: ['coordinator'],
    clearance: 'internal',
  },
  {
    email: 'analyst@demo.example',
    displayName: '分析 健 (Ken Bunseki)',
    ministry: 'meti',
    roles: ['analyst'],
    clearance: 'confidential',
  },
  {
    email: 'reviewer@demo.example',
    displayName: '審査 真理 (Mari Shinsa)',
    ministry: 'cao',
    roles: ['reviewer'],
    clearance: 'confidential',
  },
  {
    email: 'auditor@demo.example',
    displayName: '監査 誠 (Makoto Kansa)',
    ministry: 'cao',
    roles: ['auditor'],
    clearance: 'confidential',
  },
  {
    email: 'coordinator.meti@demo.example',
    displayName: '経産 一郎 (Ichiro Keisan)',
    ministry: 'meti',
    roles: ['coordinator'],
    clearance: 'internal',
  },
  {
    email: 'coordinator.mic@demo.example',
    displayName: '総務 彩 (Aya Somu)',
    ministry: 'mic',
    roles: ['coordinator'],
    clearance: 'internal',
  },
  {
    email: 'coordinator.mext@demo.example',
    displayName: '文科 翔 (Sho Monka)',
    ministry: 'mext',
    roles: ['coordinator'],
    clearance: 'internal',
  },
  {
    email: 'coordinator.digital@demo.example',
    displayName: 'デジタル 葵 (Aoi Dejitaru)',
    ministry: 'digital',
    roles: ['coordinator'],
    clearance: 'internal',
  },
  {
    email: 'coordinator.mhlw@demo.example',
    displayName: '厚労 陽子 (Yoko Koro)',
    ministry: 'mhlw',
    roles: ['coordinator'],
    clearance: 'internal',
  },
  {
    email: 'coordinator.mlit@demo.example',
    displayName: '国交 大輔 (Daisuke Kokko)',
    ministry: 'mlit',
    roles: ['coordinator'],
    clearance: 'internal',
  },
  {
    email: 'analyst.mic@demo.example',
    displayName: '総務 拓海 (Takumi Somu)',
    ministry: 'mic',
    roles: ['analyst'],
    clearance: 'internal',
  },
  {
    email: 'analyst.ppc@demo.example',
    displayName: '個情 美咲 (Misaki Kojo)',
    ministry: 'ppc',
    roles: ['analyst'],
    clearance: 'confidential',
  },
  {
    email: 'analyst.aisi@demo.example',
    displayName: '安全 蓮 (Ren Anzen)',
    ministry: 'aisi',
    roles: ['analyst'],
    clearance: 'confidential',
  },
  {
    email: 'reviewer.meti@demo.example',
    displayName: '経産 直子 (Naoko Keisan)',
    ministry: 'meti',
    roles: ['reviewer'],
    clearance: 'confidential',
  },
  {
    email: 'lead.cao@demo.example',
    displayName: '内閣 修 (Osamu Naikaku)',
    ministry: 'cao',
    roles: ['coordinator', 'reviewer'],
    clearance: 'confidential',
  },
];

export type People = Map<string, Actor>;

@Injectable()
export class UsersSeed {
  constructor(
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<People> {
    const seeder = systemActor('seed');
    const people: People = new Map();
    for (const demo of DEMO_USERS) {
      const existing = await this.dataSource.getRepository(User).findOneBy({ email: demo.email });
      const user =
        existing ??
        (await this.users.create({ ...demo, password: this.config.demoPassword }, seeder));
      people.set(demo.email, actorOf(user, 'seed'));
    }
    return people;
  }
}
