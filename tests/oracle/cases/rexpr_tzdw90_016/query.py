spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, t STRING, i INT, m DECIMAL(12,4), k BIGINT, dt DATE, n DECIMAL(9,5), d DOUBLE, ts TIMESTAMP, j INT").json(INPUT)
result = df.filter("(k IS NOT NULL)").select("id", expr("CAST(date_sub(add_months(trunc(dt, 'YEAR'), i), CASE WHEN (n > -3.10) THEN i WHEN (t <> 'a') THEN i ELSE i END) AS TIMESTAMP) AS c1"), (F.when((col("t") > lit("abc")), F.when((col("id") <= col("i")), col("id")).when((col("id") >= lit(0).cast("bigint")), col("id")).when((col("d") >= lit(-1.5)), col("id")).otherwise(col("id"))).when(col("j").cast("boolean"), col("id")).otherwise(F.nullif(col("id"), lit(86400).cast("bigint"))) + col("id")).alias("c2"), (F.array_join(F.split(col("s"), ","), "/") < F.nullif(col("s"), lit("2024-02-29"))).alias("c3"), expr("least(j, j, j)").alias("c4"), (col("d") + col("id")).cast("string").eqNullSafe(col("t")).alias("c5"))
OUTPUT_MODE = "append"
