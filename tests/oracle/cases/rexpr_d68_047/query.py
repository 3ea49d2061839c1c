from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((lit("abc").ilike("H%") | (col("id") == lit(-2).cast("bigint")))).select("id", expr("nullif(nullif((i + i), 2), 10)").alias("c1"), expr("(format_number(id, 3) != s) AS c2"), expr("CAST(i AS DOUBLE) AS c3"), expr("translate(ltrim(initcap(t)), 'lo', '01')").alias("c4"), expr("coalesce(m, m, 0.5) AS c5"))
OUTPUT_MODE = "append"
