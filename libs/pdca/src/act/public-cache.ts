import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tracker/core';
import type { Cache } from 'cache-manager';

/**
 * What the public endpoints computed, reused for PUBLIC_CACHE_SECONDS by this process: the
 * public may ask as often as it likes, and the answers are the same for everyone.
 */
@Injectable()
export class PublicCache {
  constructor(
    @Inject(CACHE_MANAGER) private readonly cache: Cache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const ttl = this.config.publicCacheSeconds * 1000;
    return ttl ? this.cache.wrap(`public:${key}`, compute, ttl) : compute();
  }
}
