from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("CASE WHEN (b OR b) THEN id ELSE k END"), expr("md5(i) AS c2"), expr("((NOT b) IS NOT NULL) AS c3")).where((F.coalesce(lit(False), col("c3"), lit(False)) | col("c3")))
OUTPUT_MODE = "append"
