/**
 * A raw TCP websocket client: completes the opening handshake by hand, then writes frames byte by byte,
 * so tests can send what a well-behaved library never would (unmasked frames, reserved opcodes and bits,
 * oversized control frames, bogus lengths) and read the close code the server answers with.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';

export type RawFrame = { opcode: number; payload?: Buffer; fin?: boolean; mask?: boolean; rsv?: number; declaredLength?: bigint };

/** Encodes one frame; `declaredLength` overrides the length field (a lie about the payload size). */
export function encodeFrame({ opcode, payload = Buffer.alloc(0), fin = true, mask = true, rsv = 0, declaredLength }: RawFrame): Buffer {
  const length = declaredLength ?? BigInt(payload.length);
  const head: number[] = [(fin ? 0x80 : 0) | (rsv << 4) | opcode];
  const maskBit = mask ? 0x80 : 0;
  if (length < 126n) head.push(maskBit | Number(length));
  else if (length < 65536n) head.push(maskBit | 126, Number(length >> 8n) & 0xff, Number(length) & 0xff);
  else {
    head.push(maskBit | 127);
    for (let shift = 56n; shift >= 0n; shift -= 8n) head.push(Number((length >> shift) & 0xffn));
  }
  if (!mask) return Buffer.concat([Buffer.from(head), payload]);
  const key = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ key[i % 4]));
  return Buffer.concat([Buffer.from(head), key, masked]);
}

export type RawSocket = { socket: net.Socket; send(frame: RawFrame): void; closeCode(timeoutMs?: number): Promise<number | null> };

/** Opens a TCP connection and performs the websocket handshake on `url` (ws://host:port/path). */
export function rawWebsocket(url: string): Promise<RawSocket> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    socket.once('error', reject);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (upgraded) return;
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffer.subarray(0, end).toString();
      buffer = buffer.subarray(end + 4);
      if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(`upgrade refused: ${head.split('\r\n')[0]}`));
      upgraded = true;
      resolve({
        socket,
        send: (frame) => socket.write(encodeFrame(frame)),
        closeCode: (timeoutMs = 5000) => readCloseCode(socket, () => buffer, timeoutMs),
      });
    });
    socket.write(
      [
        `GET ${pathname} HTTP/1.1`,
        `Host: ${hostname}:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        '',
        '',
      ].join('\r\n'),
    );
  });
}

/** Waits for the server's close frame (skipping the `ready` frame and anything else) and returns its code. */
function readCloseCode(socket: net.Socket, received: () => Buffer, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(), timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      socket.off('data', scan);
      socket.off('close', finish);
      resolve(closeCodeIn(received()));
    };
    const scan = () => closeCodeIn(received()) !== null && finish();
    socket.on('data', scan);
    socket.once('close', finish);
    scan();
  });
}

/** Walks server frames (unmasked) and returns the first close frame's status code. */
function closeCodeIn(bytes: Buffer): number | null {
  let at = 0;
  while (at + 2 <= bytes.length) {
    const opcode = bytes[at] & 0x0f;
    let length = bytes[at + 1] & 0x7f;
    let offset = at + 2;
    if (length === 126) {
      length = bytes.readUInt16BE(offset);
      offset += 2;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(offset));
      offset += 8;
    }
    if (offset + length > bytes.length) return null;
    if (opcode === 0x8) return length >= 2 ? bytes.readUInt16BE(offset) : 1005;
    at = offset + length;
  }
  return null;
}
