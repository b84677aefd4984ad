// Sessions in memory: a random id in an HttpOnly, SameSite=Strict cookie; each with its own token for forms.
import { randomBytes } from 'node:crypto';
import type { Role } from './access.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'dossier_session';

/** One browser's session. */
export interface Session {
  readonly id: string;
  role: Role | undefined;
  readonly csrf: string;
  lastSeen: number;
}

const IDLE_MS = 12 * 3600_000;

/** The server's sessions; ids are 256-bit random, idle sessions expire after 12 hours. */
export class Sessions {
  private readonly map = new Map<string, Session>();

  /** The session of a cookie value, when it exists and has not expired. */
  get(id: string | undefined, now = Date.now()): Session | undefined {
    if (!id) return undefined;
    const s = this.map.get(id);
    if (!s) return undefined;
    if (now - s.lastSeen > IDLE_MS) {
      this.map.delete(id);
      return undefined;
    }
    s.lastSeen = now;
    return s;
  }

  /** A new session (signing in makes a new one, so an id seen before sign-in is worth nothing after). */
  create(role: Role | undefined, now = Date.now()): Session {
    if (this.map.size > 10_000) for (const [k, v] of this.map) if (now - v.lastSeen > IDLE_MS) this.map.delete(k);
    const s: Session = { id: randomBytes(32).toString('base64url'), role, csrf: randomBytes(24).toString('base64url'), lastSeen: now };
    this.map.set(s.id, s);
    return s;
  }

  /** Ends a session. */
  drop(id: string): void {
    this.map.delete(id);
  }
}

/** Failed sign-ins per client address: after 10 within 15 minutes, that address waits. */
export class SignInThrottle {
  private readonly fails = new Map<string, number[]>();

  /** True when the address may try now. */
  allowed(addr: string, now = Date.now()): boolean {
    const recent = (this.fails.get(addr) ?? []).filter((t) => now - t < 15 * 60_000);
    this.fails.set(addr, recent);
    return recent.length < 10;
  }

  /** Counts a failed attempt. */
  failed(addr: string, now = Date.now()): void {
    this.fails.set(addr, [...(this.fails.get(addr) ?? []), now]);
  }
}
