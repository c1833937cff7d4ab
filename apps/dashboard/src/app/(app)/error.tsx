'use client';

import { LoadError, type ErrorBoundaryProps } from '@/components/load-error';

export default function AppError(props: ErrorBoundaryProps) {
  return <LoadError {...props} />;
}
