import { Caption1, makeStyles, mergeClasses, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { GridModel } from './grid-model';
import { MAX_GRID_COLS, MAX_GRID_ROWS } from './grid-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, flexGrow: 1, gap: tokens.spacingVerticalXS },
  scroller: {
    overflow: 'auto',
    flexGrow: 1,
    minHeight: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: '2px 6px',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: 'right',
    padding: '2px 6px',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { left: 0, zIndex: 3 },
  cell: {
    padding: '2px 6px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'cell',
    scrollMarginTop: '2em',
    scrollMarginLeft: '4em',
  },
  numeric: { textAlign: 'right' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorBrandBackground2,
  },
  tabs: { flexWrap: 'wrap' },
});

const ROW_HEAD_PX = 44;

export interface GridProps {
  model: GridModel;
  sheetNames: string[];
  selected?: string;
  onSelect(cell: string): void;
  onShowSheet(sheet: string): void;
}

/** The sheet, read only: a click marks a cell (as in Excel); the marked cell is scrolled to. */
export function Grid({ model, sheetNames, selected, onSelect, onShowSheet }: GridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  // Excel's width unit is some 7 px at its default font; the grid's smaller font needs less.
  const widths = model.widths.map((w) => Math.round(Math.max(w, 2) * 6 + 12));

  useEffect(() => {
    if (!selected) return;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${selected}"]`);
    cell?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selected, model]);

  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={model.sheet}
        onTabSelect={(_, d) => onShowSheet(String(d.value))}
        aria-label="Blad i arbetsboken"
      >
        {sheetNames.map((name) => (
          <Tab key={name} value={name} data-sheet-tab={name}>{name}</Tab>
        ))}
      </TabList>
      <div className={styles.scroller} ref={scroller}>
        <table
          role="grid"
          aria-readonly="true"
          aria-label={`Bladet ${model.sheet}`}
          className={styles.table}
          style={{ width: `${ROW_HEAD_PX + widths.reduce((a, b) => a + b, 0)}px` }}
          data-sheet={model.sheet}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEAD_PX}px` }} />
            {widths.map((w, i) => (
              <col key={model.columns[i]} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)} aria-hidden="true" />
              {model.columns.map((c) => (
                <th key={c} scope="col" className={styles.head}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.number}>
                <th scope="row" className={styles.rowHead}>{row.number}</th>
                {row.cells.map((cell) => {
                  const isSelected = cell.address === selected;
                  return (
                    <td
                      key={cell.address}
                      role="gridcell"
                      data-cell={cell.address}
                      aria-selected={isSelected}
                      title={cell.formula ? `${cell.address}: ${cell.formula}` : cell.address}
                      className={mergeClasses(styles.cell, cell.numeric && styles.numeric, cell.bold && styles.bold, isSelected && styles.selected)}
                      style={cell.fill && !isSelected ? { backgroundColor: cell.fill } : undefined}
                      onClick={() => onSelect(cell.address)}
                    >
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {model.truncated && <Caption1>Visar högst {MAX_GRID_ROWS} rader och {MAX_GRID_COLS} kolumner.</Caption1>}
    </div>
  );
}
