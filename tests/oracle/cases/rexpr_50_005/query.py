from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, f FLOAT, b BOOLEAN, i INT, s STRING, d DOUBLE, dt DATE, t STRING, m DECIMAL(12,4), ts TIMESTAMP, j INT, n DECIMAL(9,5)").json(INPUT)
result = df.filter((col("t").between(lit("a"), lit(" ")) | col("id").isNotNull())).groupBy("dt").agg(expr("round(avg(CASE WHEN CAST(NULL AS BOOLEAN) THEN n ELSE n END), 3) AS a1"), expr("(max(n) - min(n)) AS a2"), expr("min(regexp_replace(initcap(t), '(a|b)', '<>')) AS a3"))
OUTPUT_MODE = "update"
