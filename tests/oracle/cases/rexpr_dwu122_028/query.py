from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "b", "sentences('Hello there. How are you? ' || s, 'en', 'US')", "(timestampdiff(HOUR, TIMESTAMP'2024-03-01 12:30:00.123456', ts) + n) AS c2", "transform_keys(map(shiftright(levenshtein(s, s), 2), 'x', 100, 'y'), (k, v) -> k + 1) AS c3", "TRY_CAST(schema_of_xml('<p a=\"1\"><b>x</b><b>y</b><c/></p>') AS BIGINT) AS c4", "chr(abs(coalesce(i, 0)) % 90 + 32) AS c5")
OUTPUT_MODE = "append"
