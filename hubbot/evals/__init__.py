"""Answer quality, measured: `hubbot eval`.

Small question sets ship with hubbot (`hubbot/data/evals/*.toml`, English, Korean and code).
Each question is asked through the same command path a user's message takes
(`hubbot.commands.runner.execute` with a `Request`, as the console and the CLI do), its answer is
scored (exact answer, a regular expression, or code run against tests in a subprocess with a
time limit), and accuracy and speed per model and set are stored in the database, where
`/models` and `/compare` show them beside each model's size and speed.

- `sets`: the question sets and how they are loaded and checked;
- `scoring`: exact/pattern scoring, code extraction and the sandboxed test run;
- `runner`: asks the questions through the commands and measures each answer;
- `quality`: the "answer quality" line shown on model cards.
"""
