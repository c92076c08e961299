"""ecoie: information extraction from Chinese ecological-environment news."""

__version__ = "0.1.0"
