import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tracker/core';
import { createTransport, type Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail over SMTP_URL; without it, `enabled` is false and nothing is sent. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.mail.smtpUrl !== null;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.config.mail.smtpUrl) return;
    this.transport ??= createTransport(this.config.mail.smtpUrl);
    await this.transport.sendMail({ from: this.config.mail.from, ...mail });
  }

  onApplicationShutdown() {
    this.transport?.close();
  }
}
