spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("f") >= lit(2.0))).selectExpr("CASE WHEN b THEN ts WHEN (i IS NOT NULL) THEN ts WHEN b THEN ts ELSE ts END AS c1", "TRY_CAST(s AS INT) AS c2").filter("(c1 <= TIMESTAMP'2024-03-01 12:30:00.123456')")
OUTPUT_MODE = "append"
