spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(F.round(F.avg(F.sqrt(col("m"))), 0).alias("a1"), F.max((col("ts") - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).alias("a2"), F.count_if((col("i") == lit(3))).alias("a3"), expr("(max(signum(m)) - min(signum(m))) AS a4"))
OUTPUT_MODE = "complete"
