"""Rule grammars over text (dates, quantities)."""
