import { areaStyle, svgShape } from '@/lib/graph/area-style';

/** One node drawn in SVG: the area's shape in the area's colour (both themes); its outline keeps its width on screen at any scale. */
export function NodeShape({ area, x, y, r, className = '' }: { area: number; x: number; y: number; r: number; className?: string }) {
  const style = areaStyle(area);
  const shape = svgShape(style.shape, x, y, r);
  const classes = `${style.fillClass} ${className}`;
  return shape.kind === 'circle' ? (
    <circle cx={shape.cx} cy={shape.cy} r={shape.r} className={classes} vectorEffect="non-scaling-stroke" />
  ) : (
    <polygon points={shape.points} className={classes} vectorEffect="non-scaling-stroke" />
  );
}
