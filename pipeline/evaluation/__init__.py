"""Scoring predictions against gold (ANNOTATION.md section 7) and reporting."""
