import { NotFoundNotice } from '@/components/not-found-notice';

export default function TrainingRunNotFound() {
  return <NotFoundNotice what="Training run" listHref="/runs" listName="training runs" />;
}
