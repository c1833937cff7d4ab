import { NotFoundNotice } from '@/components/not-found-notice';

export default function ModelVersionNotFound() {
  return <NotFoundNotice what="Model version" listHref="/models" listName="model versions" />;
}
