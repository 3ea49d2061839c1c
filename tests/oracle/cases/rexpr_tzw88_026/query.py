spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, t STRING, d DOUBLE, k BIGINT, f FLOAT, m DECIMAL(12,4), s STRING, ts TIMESTAMP, i INT, b BOOLEAN").load(INPUT)
result = df.select(expr("greatest(add_months(trunc(dt, 'YEAR'), 10), add_months(DATE'2000-01-01', -1)) AS c1"), expr("sqrt(CASE WHEN (i <= 10) THEN d ELSE 0.5D END)").alias("c2"), F.ifnull((lit(5) * lit(5)), lit(None).cast("int")).alias("c3")).where(((lit(1) < lit(86400).cast("bigint")) | col("c1").isNotNull()))
OUTPUT_MODE = "append"
