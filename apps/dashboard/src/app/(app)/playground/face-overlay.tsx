import { formatPercent, titleCase } from '@/lib/format';
import type { FacePrediction } from '@/lib/queries/predict-emotion';

/** Face boxes over the video, placed in percent of the frame the boxes were found in. */
export function FaceOverlay({ faces, width, height }: { faces: FacePrediction[]; width: number; height: number }) {
  if (width === 0 || height === 0) return null;
  return (
    <div className="face-overlay" aria-hidden="true">
      {faces.map((face, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: faces have no identity; each prediction replaces the whole list
          key={i}
          className="face-box"
          data-testid="face-box"
          style={{
            left: `${(face.box.x / width) * 100}%`,
            top: `${(face.box.y / height) * 100}%`,
            width: `${(face.box.width / width) * 100}%`,
            height: `${(face.box.height / height) * 100}%`,
          }}
        >
          <span className="face-label">
            {i + 1}. {titleCase(face.emotion)} {formatPercent(face.confidence, 0)}
          </span>
        </div>
      ))}
    </div>
  );
}
