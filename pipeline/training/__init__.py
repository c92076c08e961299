"""Training: corpus converters and model trainers."""
