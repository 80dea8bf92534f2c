import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prepareDevice } from './app/device';
import './app/styles.css';
import { initI18n } from './i18n';
import { db, DEFAULT_LANGUAGE, loadLanguage } from './storage';

async function start(): Promise<void> {
  // The remembered language is read before the first paint so the page never flips language.
  const language = await loadLanguage(db).catch(() => DEFAULT_LANGUAGE);
  await initI18n(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(<App />);
  void prepareDevice();
}

void start();
