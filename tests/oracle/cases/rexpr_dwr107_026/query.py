from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "coalesce(m, n, 100BD) AS c1", "json_tuple(s, 'a')", "from_json('{\"k\": ' || d || '}', 'MAP<STRING, DOUBLE>') AS c3")
OUTPUT_MODE = "append"
