import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Pinecone credentials are recognised by their documented format; this tool does not ask Pinecone yet.
export default offlineOnly({
  id: 'pinecone',
  name: 'Pinecone',
  because: 'a Pinecone API key: with the default All permission it reads, writes and deletes every index of its project',
  remediation: 'Create a key with ReadOnly (or only the data-plane permissions the agent needs) and delete this one under API keys in the Pinecone console (https://app.pinecone.io).',
});
