spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("id") > lit(1).cast("bigint"))).select("id", expr("add_months((trunc(date_add(dt, i), 'YEAR') - INTERVAL 1 DAY), i)").alias("c1"), expr("CAST(b AS DOUBLE)")).where(col("id").isNotNull())
OUTPUT_MODE = "append"
