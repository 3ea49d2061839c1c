spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.date_format(col("dt"), "a h:mm").like("%o%") | (col("t") < lit("Hello")))).select(((col("d") / lit(-4)) + col("n")).alias("c1"), expr("ceil((m - (m * m)), 1) AS c2"), expr("concat(t, s, s)")).where((~F.coalesce(col("t").isNull(), lit(False))))
OUTPUT_MODE = "append"
