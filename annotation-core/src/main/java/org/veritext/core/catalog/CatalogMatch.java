package org.veritext.core.catalog;

import java.util.List;

/** Where a catalog name occurs in a text: UTF-16 offsets {@code [start, end)}, and whose name it is. */
public record CatalogMatch(int start, int end, String text, List<CatalogEntry> entries) {
}
