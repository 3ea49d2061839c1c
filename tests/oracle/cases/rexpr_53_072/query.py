from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(dt AS TIMESTAMP)"), (~F.minute(col("ts")).isin(lit(0))).alias("c2"), expr("CASE WHEN b THEN id WHEN (i = 1) THEN id ELSE -2L END AS c3"), expr("regexp_replace(regexp_extract(s, '([a-z]+)', 1), '[aeiou]', '*')").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c4, c2 FROM rexpr_q ORDER BY id"]
