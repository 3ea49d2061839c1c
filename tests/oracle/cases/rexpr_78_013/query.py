from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((((col("s") <= lit("2024-02-29")) & lit(0).cast("bigint").cast("boolean")) | (col("i") == lit(10)))).selectExpr("id", "upper(s) AS c1", "CASE WHEN b THEN id WHEN (dt IS NOT NULL) THEN TRY_CAST(s AS BIGINT) WHEN (0.1D BETWEEN 100.0D AND 0.1D) THEN ceil(CASE WHEN abs(round(100.0D, 3)) < 1e9D THEN round(100.0D, 3) END) ELSE id END", "ascii(regexp_replace(sha2(s, 0), ' +', '_')) AS c3", "nullif(CASE WHEN b THEN CAST(NULL AS DOUBLE) WHEN b THEN d WHEN b THEN d ELSE -1.5D END, 3.75D) AS c4", "TRY_CAST(s AS DOUBLE) AS c5").where("((s <= 'x-y') OR (d = 100.0D))")
OUTPUT_MODE = "append"
