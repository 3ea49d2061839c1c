from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("dt") != F.to_date(lit("2023-12-31"))) | (col("i") == lit(3)))).selectExpr("id", "upper('日本') AS c1", "nullif(TRY_CAST(f AS DECIMAL(20,0)), 12.345) AS c2", "try_element_at(split(t, '-'), -1) AS c3", "CASE WHEN (i > 5) THEN dt END", "bround(nvl2(nullif(id, -2L), (m * m), -3.10), 3) AS c5")
OUTPUT_MODE = "append"
