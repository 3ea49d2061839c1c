from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce((k != d), false))").groupBy(expr("schema_of_json('{\"a\": [1, 2.5], \"b\": {\"c\": null}}') AS k1")).agg(expr("histogram_numeric(CAST(2 % 4 AS DOUBLE), 8)").alias("a1"), expr("histogram_numeric(CAST(position('o', repeat(s, -1)) % 4 AS DOUBLE), 8) AS a2"), expr("round(corr(0.1D, i), 6)").alias("a3"))
OUTPUT_MODE = "update"
