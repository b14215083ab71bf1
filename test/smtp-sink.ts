import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/**
 * A minimal SMTP server on 127.0.0.1 that accepts every message and keeps it, for tests of the
 * e-mail notifications. `hold` may delay the answer to a message (a slow mail server), during
 * which the sender can be killed: a message counts as received only once it was answered 250.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Messages whose data arrived, answered or not. */
  dataStarted = 0;
  hold: () => Promise<void> = async () => undefined;
  /** While true, every message is refused with a temporary failure (451). */
  refuse = false;
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<SmtpSink> {
    const server = createServer();
    const sink = new SmtpSink(server);
    server.on('connection', (socket) => sink.serve(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private serve(socket: Socket) {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    let mail: ReceivedMail = { from: '', to: [], data: '' };
    let inData = false;
    const reply = (line: string) => socket.writable && socket.write(`${line}\r\n`);
    socket.on('data', async (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          this.dataStarted += 1;
          const accepted = mail;
          mail = { from: '', to: [], data: '' };
          socket.pause();
          await this.hold();
          socket.resume();
          if (socket.destroyed) return;
          if (this.refuse) {
            reply('451 4.3.0 Mailbox temporarily unavailable');
            continue;
          }
          this.received.push(accepted);
          reply('250 OK queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 sink');
        else if (verb === 'MAIL') {
          mail.from = line.slice(10);
          reply('250 OK');
        } else if (verb === 'RCPT') {
          mail.to.push(line.slice(8));
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else reply('250 OK');
      }
    });
    reply('220 sink ESMTP');
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
