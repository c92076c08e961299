"""Running the pipeline over many documents."""
