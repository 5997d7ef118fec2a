import { offlineOnly } from './lib/offline-only.js';

// Offline-only: OpenWeather credentials are recognised by the name they are given (detectors/lib/named.ts); OpenWeather is not asked yet.
export default offlineOnly({
  id: 'openweather',
  name: 'OpenWeather',
  because: 'an OpenWeather API key recognised by the name it is given; OpenWeather is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://home.openweathermap.org/api_keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege OpenWeather offers.',
});
