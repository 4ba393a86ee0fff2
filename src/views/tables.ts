/** The heading of a column of a data table, as view models hand it to `DataTable.astro`. */
export interface ColumnHead {
  /** The column's heading, in the page's language. */
  text: string;
  /** A class for the heading cell, such as `num` to right-align a column of numbers. */
  class?: string;
}
