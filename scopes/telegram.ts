import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Telegram bot tokens are recognised by their shape; this tool does not ask the Bot API yet.
export default offlineOnly({
  id: 'telegram',
  name: 'Telegram',
  because: "a Telegram bot token: whoever holds it reads and sends the bot's messages and can change its webhook",
  remediation: 'Keep the token out of files the agent reads, and revoke it with /revoke in @BotFather.',
});
