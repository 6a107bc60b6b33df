package org.rapport.ui.common;

import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** A read-only table of a list of rows: named columns and a function from a row and a column to the cell's value. */
public final class ListTableModel<T> extends AbstractTableModel {
    /** The value of a column of a row. */
    @FunctionalInterface
    public interface Cell<T> {
        Object value(T row, int column);
    }

    private final String[] columns;
    private final Cell<T> cell;
    private List<T> rows = new ArrayList<>();

    public ListTableModel(String[] columns, Cell<T> cell) {
        this.columns = columns.clone();
        this.cell = cell;
    }

    public void set(List<T> newRows) {
        rows = new ArrayList<>(newRows);
        fireTableDataChanged();
    }

    /** The rows shown, in order. */
    public List<T> rows() {
        return List.copyOf(rows);
    }

    public T row(int i) {
        return rows.get(i);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        return cell.value(rows.get(row), column);
    }
}
