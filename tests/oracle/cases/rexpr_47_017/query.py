from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((((col("d").isNotNull() & (col("dt") != F.to_date(lit("2024-02-29")))) | (col("s") != lit("日本"))) | (col("s") <= lit("42")))).selectExpr("id", "rpad(CAST(NULL AS STRING), 3, ' ') AS c1", "unix_timestamp(CAST(CASE WHEN (m = 0.5) THEN i WHEN (id IS NOT NULL) THEN i WHEN b THEN i ELSE i END AS TIMESTAMP)) AS c2", "nvl2(id, '42', ' ')", "(m / nullif(j, 0)) AS c4", "get(split(s, '-'), 0) AS c5").where(((col("s") != lit("")) | (~F.coalesce(col("b"), lit(False)))))
OUTPUT_MODE = "append"
