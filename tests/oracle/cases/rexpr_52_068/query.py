from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("n") + (F.nvl2(col("dt"), col("n"), expr("-3.10")) / F.nullif(F.octet_length(col("s")), lit(0)))).alias("c1"), expr("make_date(year(date_sub(dt, i)), pmod(i, 12) + 1, least(dayofmonth(date_sub(dt, i)), 28)) AS c2")).filter((~F.coalesce(F.nvl2(lit(0.1), col("id"), lit(0).cast("bigint")).eqNullSafe((lit(10) * lit(-1))), lit(False))))
OUTPUT_MODE = "append"
