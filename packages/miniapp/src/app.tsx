import type { PropsWithChildren } from 'react';
import './app.scss';

// The app shell: pages render as children. The SDK client is created on first use (services/yika.ts).
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
