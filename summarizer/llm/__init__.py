"""The model layer: client, backends, record/replay cache, local model, prompts, answer schemas."""
