"""Linking numbers to the indicator they measure and their role."""
