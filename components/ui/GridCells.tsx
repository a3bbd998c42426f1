import { flexRender, type Row } from '@tanstack/react-table';

/** The cells of one row of a virtualised grid, each classed by its column for the grid's CSS. */
export function GridCells<T>({ row }: { row: Row<T> }) {
  return (
    <>
      {row.getVisibleCells().map((cell) => (
        <div role="cell" key={cell.id} className={`cell cell-${cell.column.id}`}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </>
  );
}
