// graphile-worker marks a job it runs with the id of the worker pool that locked it, and
// frees jobs whose worker died only after four hours. annalist workers free them within
// seconds instead: each pool holds a PostgreSQL advisory lock named after its id, on a
// connection of its own, for as long as it lives. The server releases that lock the moment
// the connection dies (kill -9, a lost machine, a server restart), so any worker can tell
// a live pool from a dead one and hand the dead one's jobs back to the queue.
//
// A pool takes its lock just after it starts, so jobs locked only a moment ago are left
// alone. Handing back a job whose worker was in fact alive costs a second run of the
// article, never a second copy: the store keeps one article per content hash.
import pg from 'pg';

/** Jobs locked more recently than this are never taken for a dead pool's. */
export const LOCK_GRACE_SECONDS = 5;

// The advisory lock key of the pool id given as $1.
const POOL_LOCK = `hashtextextended('annalist.worker-pool.' || $1, 0)`;

/** The advisory locks that say "these pools are alive", held on one dedicated connection. */
export class PoolLiveness {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly pools = new Set<string>();
  private closed = false;

  constructor(private readonly url: string) {}

  /** Marks `poolId` alive until release() or until this process dies. */
  async hold(poolId: string): Promise<void> {
    this.pools.add(poolId);
    // A new connection takes the locks of every pool held, this one included.
    if (this.client === null) await this.connection();
    else await this.client.query(`SELECT pg_advisory_lock(${POOL_LOCK})`, [poolId]);
  }

  /** The pool has stopped: its jobs may be handed back. */
  async release(poolId: string): Promise<void> {
    this.pools.delete(poolId);
    await this.client?.query(`SELECT pg_advisory_unlock(${POOL_LOCK})`, [poolId]).catch(() => undefined);
  }

  /** Re-takes the locks after a lost connection; a no-op while the connection is up. */
  async refresh(): Promise<void> {
    if (this.pools.size > 0 && this.client === null) await this.connection();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.pools.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  // A lost connection lost its locks too: the next call reconnects and takes them all again.
  private connection(): Promise<pg.Client> {
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'annalist worker liveness' });
    const lost = () => {
      if (this.client === client) this.client = null;
    };
    client.on('error', lost);
    client.on('end', lost);
    const locked: string[] = [];
    try {
      await client.connect();
      for (const poolId of this.pools) {
        if (this.closed) break;
        await client.query(`SELECT pg_advisory_lock(${POOL_LOCK})`, [poolId]);
        locked.push(poolId);
      }
      if (this.closed) throw new Error('liveness connection closed');
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    // A pool released while its lock was being taken found no connection to unlock it on; left
    // locked, it would look alive for as long as this process lives, and its jobs stay locked.
    const released = locked.filter((poolId) => !this.pools.has(poolId));
    await Promise.all(released.map((poolId) => client.query(`SELECT pg_advisory_unlock(${POOL_LOCK})`, [poolId]).catch(() => undefined)));
    return client;
  }
}

/**
 * Hands back to the queue the jobs of every pool whose lock nobody holds, and returns those
 * pools' ids. One sweeper at a time: the others find the sweep lock taken and skip.
 */
export async function sweepDeadPools(db: pg.Pool, schema: string): Promise<string[]> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const sweeping = await client.query<{ ok: boolean }>(
      `SELECT pg_try_advisory_xact_lock(hashtextextended('annalist.worker-sweep', 0)) AS ok`);
    if (!sweeping.rows[0]?.ok) {
      await client.query('COMMIT');
      return [];
    }
    const jobs = `${pg.escapeIdentifier(schema)}.jobs`;
    const { rows } = await client.query<{ pool: string }>(
      `SELECT DISTINCT locked_by AS pool FROM ${jobs}
       WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1)`, [LOCK_GRACE_SECONDS]);
    const dead: string[] = [];
    for (const { pool } of rows) {
      // Taken only for this transaction: if we get it, no live pool holds it.
      const probe = await client.query<{ free: boolean }>(`SELECT pg_try_advisory_xact_lock(${POOL_LOCK}) AS free`, [pool]);
      if (probe.rows[0]?.free) dead.push(pool);
    }
    if (dead.length > 0) {
      await client.query(`SELECT ${pg.escapeIdentifier(schema)}.force_unlock_workers($1::text[])`, [dead]);
    }
    await client.query('COMMIT');
    return dead;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
