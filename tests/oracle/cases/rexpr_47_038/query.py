from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "s", "date_sub(to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd'), i)", "right(lcase(CAST(CASE WHEN (d IS NOT NULL) THEN i WHEN (n IS NOT NULL) THEN i WHEN (id >= 3L) THEN i ELSE i END AS STRING)), 4) AS c2").where((~F.coalesce(F.when(F.isnan(col("d")), col("i").isNotNull()).otherwise((col("d") != lit(float("nan")))), lit(False))))
OUTPUT_MODE = "append"
