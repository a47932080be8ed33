/** Dev only: `/assets/<name>.<hash>.<ext>`, an image of a note. The build copies these as files (lib/build/copy-images.ts). */
import { imageParams, imageResponse } from '@/lib/dev/image-response';

export const dynamic = 'force-static';
export const dynamicParams = false;
export function generateStaticParams() {
  return imageParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return imageResponse((await params).file);
}
