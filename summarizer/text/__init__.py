"""Text analysis without a model: sentences, quotations, reported speech, cues, dates, places, entities."""
