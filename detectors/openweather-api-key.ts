import { defineNamedDetector } from './lib/named.js';

// OpenWeather API keys: 32 lower-case hex, found only where OpenWeather's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://openweathermap.org/appid does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'openweather-api-key',
  provider: 'openweather',
  names: ['openweather', 'openweathermap', 'owm_api'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://openweathermap.org/appid', rotate: 'https://home.openweathermap.org/api_keys' },
});
