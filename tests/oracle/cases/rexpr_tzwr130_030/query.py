spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, b BOOLEAN, dt DATE, ts TIMESTAMP, t STRING, n DECIMAL(5,3), m DECIMAL(7,0), i INT, s STRING").load(INPUT)
result = df.withColumn("c1", F.coalesce(col("dt"), F.last_day(col("dt")), lit(None).cast("date"))).withColumn("c2", expr("to_number(CAST((i * 0) AS STRING), 'S9999')"))
OUTPUT_MODE = "append"
