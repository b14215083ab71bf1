import 'reflect-metadata';
import { loadConfig } from '@tracker/core';
import { createApp } from './create-app';

async function main() {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
}

void main();
