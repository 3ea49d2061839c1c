from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "d", expr("(CASE WHEN (b IS NOT NULL) THEN i WHEN b THEN i ELSE i END - (- 1.25))").alias("c1"), expr("TRY_CAST('é' AS DATE) AS c2"), expr("(i + -3.10)").alias("c3"), F.when(col("b"), col("d")).alias("c4"), F.regexp_extract(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss.SSS"), "([a-z]+)", 1))
OUTPUT_MODE = "append"
