// Package eval scores extraction output against the gold corpus the way the
// corpus's reference scorers do: Score follows score.py (per-file entity and
// relation precision, recall and F1, micro-averaged) and ScoreGraph follows
// graph_score.py (whole-graph nodes, split and merged nodes, edges). Both
// agree with the Python scripts to the third decimal on the same input; the
// cross-check test runs the scripts when the corpus and python3 are present.
//
// Record is one document in the gold format. LoadGold reads a gold folder,
// ReadJSONL and WriteJSONL move predictions, and RecordFromFacts turns what
// extraction found in a document into a Record.
package eval
