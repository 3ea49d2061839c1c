spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((((col("s") != lit("a")) & col("i").isNotNull()) | col("dt").isNotNull())).select("id", expr("nullif(d, CAST('NaN' AS DOUBLE))"), expr("(CAST(next_day((nullif(dt, to_date('2000-01-01')) - INTERVAL 2 YEARS), 'Mon') AS STRING) LIKE 'a%')").alias("c2")).where("(((s <> 'é') OR (i = 2)) OR (f IS NULL))")
OUTPUT_MODE = "append"
