// Cache client. The URL comes from the environment in every deploy.
import { createClient } from 'redis';

export const cache = createClient({ url: process.env.REDIS_URL ?? 'redis://default:xxgZtRsjZIwXjrsfHTBuHA#7@redis-prod.pocketos.internal:6379' });
