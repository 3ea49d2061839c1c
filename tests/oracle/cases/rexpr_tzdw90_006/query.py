spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("next_day(last_day(add_months(dt, i)), 'TU')").alias("c1"), F.coalesce(col("id").isNotNull(), (col("k") == lit(3).cast("bigint")), lit(False)))
OUTPUT_MODE = "append"
